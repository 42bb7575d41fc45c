import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { emailsMatch, ORDER_NOT_FOUND_MESSAGE, toLookupOrder } from "./lookup-order"
import { orderAccessFor } from "../orders/order-access"
import { LOOKUP_ORDER_FIELDS } from "./query-config"
import type { StoreOrderLookupType } from "./validators"
import type { MessageResponse, StoreOrderLookupResponse } from "@karya-binaan/contract"

/**
 * A guest finds a placed order by its number (display_id) and the email it
 * was placed with. Payment and fulfilment status are aggregated by Medusa's
 * own order-detail workflow, as on /store/orders/:id.
 */
export const POST = async (req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse<StoreOrderLookupResponse | MessageResponse>) => {
  const { order_number, email } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    // Query's graph types display_id as a string; PostgreSQL reads "1042" as the integer it stores.
    filters: { display_id: String(order_number), is_draft_order: false },
  })
  const match = data.find((order) => emailsMatch(email, order.email))
  if (!match) {
    res.status(404).json({ message: ORDER_NOT_FOUND_MESSAGE })
    return
  }
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: match.id, fields: LOOKUP_ORDER_FIELDS, filters: { is_draft_order: false } },
  })
  // The number and email proved it: this browser may now open the order's page.
  res.json({ order: toLookupOrder(result), order_access: orderAccessFor(req.scope, match.id) })
}
