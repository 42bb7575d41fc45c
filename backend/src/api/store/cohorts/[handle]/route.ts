import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreCohortResponse } from "@karya-binaan/contract"

// A cohort page lists its products; only published ones, and only the fields
// a card needs. Prices come from /store/products?cohort_id=, which knows the
// region and sales channel.
const PRODUCT_FIELDS = ["products.id", "products.handle", "products.title", "products.thumbnail", "products.status"]

type LinkedProduct = { id: string; handle: string; title: string; thumbnail: string | null; status: string }

export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreCohortResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cohort],
  } = await query.graph(
    {
      entity: "cohort",
      fields: [...req.queryConfig.fields, ...PRODUCT_FIELDS],
      filters: { handle: req.params.handle, status: "active" },
    },
    // Public and the same for every shopper: served from Medusa's Caching Module,
    // cleared by subscribers/invalidate-store-cache.ts when a cohort or product changes.
    { locale: req.locale, cache: { enable: true } }
  )
  if (!cohort) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cohort with handle "${req.params.handle}" was not found`
    )
  }
  const products = ((cohort.products ?? []) as LinkedProduct[])
    .filter((p) => p?.status === "published")
    .map(({ status: _status, ...p }) => p)
  res.json({ cohort: { ...cohort, products } })
}
