export type FacilityType = "lapas" | "rutan" | "bapas"
export type CohortArea = "plaju" | "banyuasin_i" | "other"
export type CraftLine = "pisang" | "tempe" | "tali_meiwa" | "eceng_gondok"

/** The public, anonymised side of a cohort: the only one the store API sends. */
export type StoreCohort = {
  id: string
  handle: string
  name: string
  facility_name: string
  facility_type: FacilityType
  area: CohortArea
  craft_line: CraftLine
  tagline: string
  story: string
  image_url: string | null
}

/** A published product on a cohort's page (prices come from /store/products). */
export type StoreCohortProduct = { id: string; handle: string; title: string; thumbnail: string | null }

/**
 * Paging comes from query.graph's metadata, which its type calls optional
 * (a paginated read always has it): readers default it.
 */
export type StoreCohortListResponse = { cohorts: StoreCohort[]; count?: number; offset?: number; limit?: number }
export type StoreCohortResponse = { cohort: StoreCohort & { products: StoreCohortProduct[] } }
