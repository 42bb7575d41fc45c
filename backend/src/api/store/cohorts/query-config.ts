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
