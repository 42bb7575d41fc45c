import type { Cohort } from "@/lib/types/cohort"
import type { StoreCohort } from "./store-types"

export function reshapeCohort(cohort: StoreCohort): Cohort {
  return {
    id: cohort.id,
    handle: cohort.handle,
    name: cohort.name,
    facilityName: cohort.facility_name,
    facilityType: cohort.facility_type,
    area: cohort.area,
    craftLine: cohort.craft_line,
    tagline: cohort.tagline,
    story: cohort.story,
    imageUrl: cohort.image_url || null,
  }
}
