import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import type { OutletLocaleQueryType } from "../../catalog/validators"
import { OUTLET_ORDER_FIELDS } from "../../query-config"
import { assertOutletOrder, type OutletRequest } from "../../scope"
import { nameOrderLines, type NamedOrderLine } from "./order-lines"
import type { OutletOrderResponse } from "@karya-binaan/contract"

/** One of the outlet's orders (for its page, reorder and the invoice), lines named in the asked locale; another outlet's → 404. */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletOrderResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: req.params.id } })
  assertOutletOrder(req, data[0])
  const { result: order } = await getOrderDetailWorkflow(req.scope).run({ input: { order_id: req.params.id, fields: OUTLET_ORDER_FIELDS } })
  await nameOrderLines(req.scope, (order.items ?? []) as NamedOrderLine[], locale)
  res.json({ order })
}
