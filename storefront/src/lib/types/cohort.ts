/** The public, anonymised side of a producer cohort, as pages show it. */
export type FacilityType = "lapas" | "rutan" | "bapas"
export type CohortArea = "plaju" | "banyuasin_i" | "other"
export type CraftLine = "pisang" | "tempe" | "tali_meiwa" | "eceng_gondok"

export type Cohort = {
  id: string
  handle: string
  name: string
  facilityName: string
  facilityType: FacilityType
  area: CohortArea
  craftLine: CraftLine
  tagline: string
  story: string
  imageUrl: string | null
}
