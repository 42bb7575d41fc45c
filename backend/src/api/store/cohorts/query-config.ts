// Only the public, anonymised side of a cohort ever leaves the store API.
export const storeCohortFields = [
  "id",
  "handle",
  "name",
  "facility_name",
  "facility_type",
  "area",
  "craft_line",
  "tagline",
  "story",
  "image_url",
]

/** What a cohort list can be ordered by (`order=name`, `order=-created_at`). */
export const COHORT_SORT_FIELDS = ["name", "handle", "facility_name", "created_at", "updated_at"] as const

export const retrieveStoreCohortQueryConfig = {
  defaults: storeCohortFields,
  allowed: storeCohortFields,
  isList: false,
}

export const listStoreCohortQueryConfig = {
  ...retrieveStoreCohortQueryConfig,
  defaultLimit: 20,
  isList: true,
}
