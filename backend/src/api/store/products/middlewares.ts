import { allowFields, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { storeCohortFields } from "../cohorts/query-config"
import { cacheLookups } from "./lookup-cache"
import { productIdsMatching } from "./search-translations"

const CohortFilter = z.object({ cohort_id: z.string().min(1).optional() }).passthrough()
const SearchFilter = z.object({ q: z.string().trim().min(1).optional() }).passthrough()
const PUBLIC_COHORT_FIELDS = storeCohortFields.map((f) => `cohort.${f}`)

// Store products can be listed by cohort. The link lives outside the product
// module, so the cohort's product ids become the core route's `id` filter;
// the core route then applies prices, stock, sales channel and translations.
async function filterByCohort(req: MedusaRequest): Promise<void> {
  const { cohort_id } = CohortFilter.parse(req.query)
  if (!cohort_id) {
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Cached like the list itself; a product created in or moved out of a cohort
  // is a product event, which clears it (subscribers/invalidate-store-cache.ts).
  const { data } = await query.graph(
    {
      entity: "cohort",
      fields: ["products.id"],
      filters: { id: cohort_id, status: "active" },
    },
    { cache: { enable: true } }
  )
  const products: ({ id: string } | null | undefined)[] = data[0]?.products ?? []
  const ids = products.flatMap((p) => (p ? [p.id] : []))
  delete req.query.cohort_id
  // An unknown cohort or one without products must match nothing, not everything.
  req.query.id = ids.length ? ids : ["prod_none"]
}

// `*cohort` would also return the cohort's status and metadata, which are not
// public: it is rewritten to the public profile before validation sees it.
function publicCohortFields(req: MedusaRequest): void {
  if (typeof req.query.fields === "string") {
    req.query.fields = req.query.fields
      .split(",")
      .flatMap((f) => (f === "*cohort" || f === "+cohort.*" || f === "cohort.*" ? PUBLIC_COHORT_FIELDS.map((p) => `+${p}`) : [f]))
      .join(",")
  }
}

// Search in the shopper's language: `q` becomes an id filter covering both the
// Indonesian text and the translations, intersected with any cohort filter.
async function searchInLocale(req: MedusaRequest): Promise<void> {
  const { q } = SearchFilter.parse(req.query)
  if (!q || !req.locale) {
    return
  }
  const matches = await productIdsMatching(req, q, req.locale)
  const scoped = Array.isArray(req.query.id) ? (req.query.id as string[]) : undefined
  const ids = [...matches].filter((id) => !scoped || scoped.includes(id))
  delete req.query.q
  req.query.id = ids.length ? ids : ["prod_none"]
}

/**
 * Runs before Medusa's own GET /store/products middlewares: a route entry
 * without `method` sorts ahead of the core's, and the core's validator would
 * otherwise refuse `cohort_id` and never see the extra allowed fields.
 */
async function storeProductQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  try {
    publicCohortFields(req)
    await filterByCohort(req)
    await searchInLocale(req)
    next()
  } catch (error) {
    next(error)
  }
}

export const storeProductMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products",
    middlewares: [cacheLookups, storeProductQuery, allowFields(...PUBLIC_COHORT_FIELDS, "food_label")],
  },
]
