import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storeBankTransfer } from "../bank-transfer/store-bank-transfer"
import { ORDER_CONFIRMATION_TEMPLATE, renderOrderConfirmation, type ConfirmationOrder } from "./order-confirmation"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "item_total",
  "shipping_total",
  "total",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.status",
]

/** One confirmation per order, however often `order.placed` is delivered. */
export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`

type Row = Record<string, any>

async function loadOrder(container: MedusaContainer, orderId: string): Promise<ConfirmationOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as Row | undefined
  if (!order?.email) return null

  const method = (order.shipping_methods ?? []).find(Boolean) as Row | undefined
  let pickup = false
  if (method?.shipping_option_id) {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "service_zone.fulfillment_set.type"],
      filters: { id: method.shipping_option_id },
    })
    pickup = (options[0] as Row | undefined)?.service_zone?.fulfillment_set?.type === "pickup"
  }

  const collections = (order.payment_collections ?? []).filter(Boolean) as Row[]
  const payments = collections.flatMap((c) => (c.payments ?? []).filter(Boolean)) as Row[]
  const sessions = collections.flatMap((c) => (c.payment_sessions ?? []).filter(Boolean)) as Row[]
  const provider =
    payments[0]?.provider_id ?? sessions.find((s) => s.status === "authorized")?.provider_id ?? sessions[0]?.provider_id

  return {
    display_id: order.display_id,
    email: order.email,
    items: (order.items ?? []).filter(Boolean).map((item: Row) => ({
      title: item.product_title ?? item.title,
      variant_title: item.variant_title,
      quantity: Number(item.quantity),
      total: item.total,
    })),
    subtotal: order.item_total,
    shipping_total: order.shipping_total,
    total: order.total,
    shipping_address: order.shipping_address,
    shipping_method: method ? { name: method.name, pickup } : null,
    payment_provider_id: provider ?? null,
  }
}

/**
 * Renders and sends the order confirmation. The notification module skips a
 * notification whose idempotency key it has already sent, so a redelivered
 * `order.placed` sends nothing. Returns the notifications actually created.
 */
export async function sendOrderConfirmation(container: MedusaContainer, orderId: string) {
  const order = await loadOrder(container, orderId)
  if (!order) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${orderId} has no email: no confirmation sent`)
    return []
  }
  const content = renderOrderConfirmation(order, await storeBankTransfer(container))
  return container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: ORDER_CONFIRMATION_TEMPLATE,
    content,
    data: { order_id: orderId, display_id: order.display_id },
    trigger_type: "order.placed",
    resource_id: orderId,
    resource_type: "order",
    idempotency_key: orderConfirmationKey(orderId),
  })
}
