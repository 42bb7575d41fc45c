/** What the operator's review queue shows of a product: title, picture, cohort and listing state. */
export const LISTING_FIELDS = ["id", "title", "status", "metadata", "thumbnail", "updated_at", "cohort.id", "cohort.name"]

// Oldest change first: the queue is worked in the order coordinators waited; the id keeps pages stable.
export const OLDEST_FIRST = { updated_at: "ASC", id: "ASC" } as const
