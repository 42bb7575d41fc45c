import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type PaidSessionState = {
  session: { id: string; provider_id: string; data: Record<string, unknown> } | null
  cartId: string | null
  orderId: string | null
  payment: { id: string; captured_at: string | null; canceled_at: string | null } | null
}

/** A payment session with its cart, the cart's order (if placed) and the session's payment (if authorised). */
export async function paidSessionState(container: MedusaContainer, sessionId: string): Promise<PaidSessionState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "provider_id", "data", "payment_collection_id", "payment.id", "payment.captured_at", "payment.canceled_at"],
    filters: { id: sessionId },
  })
  const session = sessions[0] as any
  if (!session) return { session: null, cartId: null, orderId: null, payment: null }
  const { data: carts } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  const cartId = (carts[0] as any)?.cart_id ?? null
  const { data: orders } = cartId
    ? await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    : { data: [] }
  return {
    session: { id: session.id, provider_id: session.provider_id, data: session.data ?? {} },
    cartId,
    orderId: (orders[0] as any)?.order_id ?? null,
    payment: session.payment ? { id: session.payment.id, captured_at: session.payment.captured_at, canceled_at: session.payment.canceled_at } : null,
  }
}
