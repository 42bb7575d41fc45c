/**
 * Cache tags for catalog reads. The backend's revalidate-storefront subscriber
 * posts these same names to /api/revalidate when data changes in Medusa Admin.
 */
export const TAGS = {
  products: "products",
  categories: "categories",
  cohorts: "cohorts",
  regions: "regions",
  // Public impact figures (/dampak, cohort pages): revalidated on impact.figures-changed.
  impact: "impact",
  // Approved thank-you notes on cohort pages (backend: maker_note.moderated).
  notes: "notes",
} as const

export type CacheTag = (typeof TAGS)[keyof typeof TAGS]

export const CACHE_TAGS = Object.values(TAGS) as [CacheTag, ...CacheTag[]]

/** Seconds a cached read may live when nobody revalidates it. */
export const REVALIDATE_SECONDS = 300
