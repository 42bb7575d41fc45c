import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderRevenueView } from "./order-revenue-view"
import { allocateOrderRevenueWorkflow } from "../../../../../workflows/revenue-share/allocate-order-revenue"
import type { OrderAllocationResponse } from "@karya-binaan/contract"

/** How the order's revenue was shared: each line's rule, entries and parties. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<OrderAllocationResponse>) => {
  res.json(await orderRevenueView(req.scope, req.params.id))
}

/**
 * Runs the allocation again, e.g. after a missing rule was added. Lines
 * already allocated are left as they are, so this is always safe to repeat.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<OrderAllocationResponse>) => {
  await orderRevenueView(req.scope, req.params.id)
  await allocateOrderRevenueWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  res.json(await orderRevenueView(req.scope, req.params.id))
}
