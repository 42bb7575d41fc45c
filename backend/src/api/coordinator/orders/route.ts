import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { CoordinatorRequest } from "../cohort-scope"
import { cohortProductIds, cohortView, orderIdsWithProducts, type CohortOrderRow } from "./helpers"
import { COHORT_ORDER_FIELDS } from "./query-config"
import type { CoordinatorGetOrdersParamsType } from "./validators"
import type { CohortOrderListResponse } from "@karya-binaan/contract"

/**
 * The cohort's orders, newest first, each showing only the cohort's own lines
 * (cohort_id checked in ./middlewares.ts). Which orders: the cohort's products
 * and the consignment channels (together), then the orders holding those
 * products (order module); then the page with its fulfilments and batch draws in one query.
 */
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetOrdersParamsType>, res: MedusaResponse<CohortOrderListResponse>) => {
  const { cohort_id, limit = 20, offset = 0 } = req.validatedQuery
  // Consignment sales (an outlet's report) were handed over when placed: nothing to pack.
  const [productIds, consignment] = await Promise.all([
    cohortProductIds(req.scope, cohort_id),
    req.scope.resolve<OutletModuleService>(OUTLET_MODULE).listConsignmentChannelIds(),
  ])
  const ids = await orderIdsWithProducts(req.scope, productIds)
  if (!ids.length) {
    res.json({ orders: [], count: 0, limit, offset })
    return
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: COHORT_ORDER_FIELDS,
    filters: { id: ids, ...(consignment.length ? { sales_channel_id: { $nin: consignment } } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const own = new Set(productIds)
  res.json({
    orders: (data as CohortOrderRow[]).map((o) => cohortView(o, own)),
    count: metadata?.count ?? ids.length,
    limit,
    offset,
  })
}
