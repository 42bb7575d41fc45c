import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { holdDays } from "../../pickup/pickup-order"
import type { ConfirmationOrder } from "../templates/order-confirmation"

export const loadConfirmationOrderStepId = "load-confirmation-order"

export type LoadConfirmationOrderStepInput = { order_id: string }

const ORDER_FIELDS = [
  "id",
  // An account's order links to its account page for the thank-you note, a guest's to track-order.
  "customer.has_account",
  "display_id",
  "email",
  // Medusa's order locale, copied from the cart: the storefront language the order was placed in.
  "locale",
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
  "created_at",
  // The partner outlet a pickup is collected at (links/order-pickup-outlet.ts).
  "outlet.name",
  "outlet.address_1",
  "outlet.address_2",
  "outlet.city",
  "outlet.postal_code",
  "outlet.contact_phone",
  "outlet.opening_hours",
]

type Row = Record<string, any>

/** Reads what the order confirmation shows, or null (with a warning) when the order has no email to send to. */
export const loadConfirmationOrderStep = createStep(
  loadConfirmationOrderStepId,
  async ({ order_id }: LoadConfirmationOrderStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
    const order = data[0] as Row | undefined
    if (!order?.email) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${order_id} has no email: no confirmation sent`)
      return new StepResponse<ConfirmationOrder | null>(null)
    }

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

    return new StepResponse<ConfirmationOrder | null>({
      id: order.id,
      has_account: !!order.customer?.has_account,
      display_id: order.display_id,
      email: order.email,
      locale: order.locale ?? null,
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
      pickup_outlet: order.outlet ?? null,
      pay_at_outlet_by: new Date(new Date(order.created_at).getTime() + holdDays() * 24 * 60 * 60 * 1000).toISOString(),
    })
  }
)
