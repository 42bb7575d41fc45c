import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { CoordinatorRequest } from "../cohort-scope"
import { cohortProductIds, cohortView, type CohortOrderRow } from "./helpers"
import { COHORT_ORDER_FIELDS } from "./query-config"
import type { CoordinatorGetOrdersParamsType } from "./validators"
import type { CohortOrderListResponse } from "@karya-binaan/contract"

/**
 * The cohort's orders, newest first, each showing only the cohort's own lines
 * (cohort_id checked in ./middlewares.ts). The cohort's products and the
 * consignment channels first; then one page of the orders holding any of those
 * products, outside those channels, found, counted, ordered and cut to the page
 * by the database, with their fulfilments and batch draws, in one query.
 */
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetOrdersParamsType>, res: MedusaResponse<CohortOrderListResponse>) => {
  const { cohort_id, limit = 20, offset = 0 } = req.validatedQuery
  // Consignment sales (an outlet's report) were handed over when placed: nothing to pack.
  const [productIds, consignment] = await Promise.all([
    cohortProductIds(req.scope, cohort_id),
    req.scope.resolve<OutletModuleService>(OUTLET_MODULE).listConsignmentChannelIds(),
  ])
  if (!productIds.length) {
    res.json({ orders: [], count: 0, limit, offset })
    return
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: COHORT_ORDER_FIELDS,
    // A filter on the order's lines: the order module joins them in the same
    // query, so a cohort with years of orders is read one page at a time. The
    // generated filter type leaves out the lines, which the module accepts.
    filters: {
      items: { product_id: productIds },
      ...(consignment.length ? { sales_channel_id: { $nin: consignment } } : {}),
    } as Record<string, unknown>,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const own = new Set(productIds)
  res.json({
    orders: (data as CohortOrderRow[]).map((o) => cohortView(o, own)),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
