import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GuestOrders = {
  /** The customer's email, to which the confirmations go. */
  email: string
  /** Guest orders with this email and no transfer waiting for confirmation. */
  attachable: { id: string; display_id: number }[]
  /** Guest orders with this email whose transfer email is out, unconfirmed. */
  awaiting: { id: string; display_id: number }[]
}

type Row = Record<string, any>

/** LIKE's wildcards in an email ("_" is common) must match themselves. */
const likeExact = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The orders placed as a guest with a registered customer's email: what
 * "attach my earlier orders" offers. An order is a guest's when it has no
 * customer or its customer has no account (Medusa makes such a customer for
 * every guest checkout). Cancelled orders are left out: Medusa refuses to
 * transfer them.
 */
export async function findGuestOrders(container: any, customerId: string): Promise<GuestOrders | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } })
  const customer = customers[0] as Row | undefined
  if (!customer?.email || !customer.has_account) return null
  const email = String(customer.email)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "customer_id", "customer.has_account"],
    filters: { email: { $ilike: likeExact(email) }, is_draft_order: false },
  })
  const guests = (data as Row[]).filter(
    (o) => String(o.email).toLowerCase() === email.toLowerCase() && o.status !== "canceled" && o.customer_id !== customerId && !o.customer?.has_account
  )
  if (!guests.length) return { email, attachable: [], awaiting: [] }
  const orders = container.resolve(Modules.ORDER)
  const changes = await orders.listOrderChanges(
    { order_id: guests.map((o) => o.id), change_type: "transfer", status: ["requested", "pending"] },
    { select: ["id", "order_id"] }
  )
  const waiting = new Set((changes as Row[]).map((c) => c.order_id))
  const brief = (o: Row) => ({ id: String(o.id), display_id: Number(o.display_id) })
  return {
    email,
    attachable: guests.filter((o) => !waiting.has(o.id)).map(brief),
    awaiting: guests.filter((o) => waiting.has(o.id)).map(brief),
  }
}

export const findGuestOrdersStep = createStep("find-guest-orders", async ({ customer_id }: { customer_id: string }, { container }) => {
  return new StepResponse(await findGuestOrders(container, customer_id))
})
