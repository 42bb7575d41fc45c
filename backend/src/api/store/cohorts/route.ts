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
    { locale: req.locale }
  )
  res.json({ cohorts, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
