import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { emailsMatch, LOOKUP_ORDER_FIELDS, toLookupOrder, type LookupOrder } from "./lookup-order"

/**
 * A placed order by its number (display_id) and the email it was placed with,
 * or null when either doesn't match. Payment and fulfilment status are
 * aggregated by Medusa's own order-detail workflow, as on /store/orders/:id.
 */
export async function findOrderByNumberAndEmail(
  container: MedusaContainer,
  { order_number, email }: { order_number: number; email: string }
): Promise<LookupOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    // display_id is an integer column; the generated filter type calls it a string.
    filters: { display_id: order_number as unknown as string, is_draft_order: false },
  })
  const match = data.find((order) => emailsMatch(email, order.email))
  if (!match) return null
  const { result } = await getOrderDetailWorkflow(container).run({
    input: { order_id: match.id, fields: LOOKUP_ORDER_FIELDS, filters: { is_draft_order: false } },
  })
  return toLookupOrder(result as unknown as Parameters<typeof toLookupOrder>[0])
}
