import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetCohortsParamsType } from "./validators"
import type { StoreCohortListResponse } from "@karya-binaan/contract"

export const GET = async (
  req: MedusaRequest<unknown, StoreGetCohortsParamsType>,
  res: MedusaResponse<StoreCohortListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cohorts, metadata } = await query.graph(
    {
      entity: "cohort",
      fields: req.queryConfig.fields,
      filters: { ...req.filterableFields, status: "active" },
      pagination: req.queryConfig.pagination,
    },
    // Public and the same for every shopper: served from Medusa's Caching Module,
    // cleared by subscribers/invalidate-store-cache.ts when a cohort changes.
    { locale: req.locale, cache: { enable: true } }
  )
  res.json({ cohorts, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
