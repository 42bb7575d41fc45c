import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import type { OutletLocaleQueryType } from "../../catalog/validators"
import { OUTLET_ORDER_FIELDS } from "../../query-config"
import { assertOutletOrder, type OutletRequest } from "../../scope"
import { nameOrderLines, type NamedOrderLine } from "./order-lines"
import type { OutletOrderResponse } from "@karya-binaan/contract"

/** One of the outlet's orders (for its page, reorder and the invoice), lines named in the asked locale; another outlet's → 404. */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletOrderResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  // One read: the order with its sales channel, which says whose it is.
  const { result: order, errors } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: req.params.id, fields: OUTLET_ORDER_FIELDS },
    throwOnError: false,
  })
  const failure = errors[0]?.error as { type?: string } | undefined
  if (failure && failure.type !== MedusaError.Types.NOT_FOUND) throw failure
  // Unknown or another outlet's: the same 404.
  assertOutletOrder(req, failure ? undefined : order)
  await nameOrderLines(req.scope, (order.items ?? []) as NamedOrderLine[], locale)
  res.json({ order })
}
