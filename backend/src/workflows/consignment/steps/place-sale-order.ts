import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { INVOICE_PAYMENT_PROVIDER } from "../../checkout/check-outlet-cart"
import { checkoutServerCart } from "../../checkout/server-cart"
import type { ReportPlan } from "./resolve-report"

export type SaleOrder = {
  order_id: string
  items: { id: string; variant_id: string; units: number; inventory_item_id: string | null }[]
  payment_id: string | null
}

type Quantity = number | string | { numeric?: number } | null | undefined
type OrderRow = {
  items?: ({ id: string; variant_id: string | null; quantity: Quantity; detail?: { quantity: Quantity } | null; variant?: { inventory_items?: { inventory_item_id: string }[] | null } | null } | null)[] | null
  payment_collections?: ({ payments?: ({ id: string } | null)[] | null } | null)[] | null
}
const units = (q: Quantity) => (typeof q === "object" && q ? Number(q.numeric) : Number(q))

export const PLACE_SALE_ORDER_STEP = "place-consignment-sale-order"

/**
 * The sale: an order in the outlet's consignment channel through Medusa's own
 * cart path, at the shop's prices (a guest cart, the outlet's own address),
 * paid on invoice. Canceled if a later step fails.
 */
export const placeSaleOrderStep = createStep(
  PLACE_SALE_ORDER_STEP,
  async (input: { plan: ReportPlan; report_id: string }, { container }) => {
    const { plan } = input
    const { order_id } = await checkoutServerCart(container, {
      region_id: plan.region_id,
      sales_channel_id: plan.sales_channel_id,
      email: plan.email,
      items: plan.lines,
      address: plan.address,
      shipping_code: "pickup",
      provider_id: INVOICE_PAYMENT_PROVIDER,
      metadata: { outlet_id: plan.outlet_id, consignment_report_id: input.report_id, period_start: plan.period_start, period_end: plan.period_end },
    })
    // A step that throws gets no compensation of its own: if reading the new
    // order back fails, cancel it here so no unpaid sale is left behind.
    try {
      const sale = await readSale(container, order_id)
      return new StepResponse(sale, order_id)
    } catch (error) {
      await cancelOrderWorkflow(container).run({ input: { order_id } })
      throw error
    }
  },
  async (orderId, { container }) => {
    if (orderId) await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
)

/** The sale's lines (with their inventory items) and its invoice payment. */
async function readSale(container: MedusaContainer, order_id: string): Promise<SaleOrder> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity", "items.variant.inventory_items.inventory_item_id", "payment_collections.payments.id"],
    filters: { id: order_id },
  })
  const order = data[0] as OrderRow | undefined
  return {
    order_id,
    items: (order?.items ?? []).flatMap((i) =>
      i ? [{ id: i.id, variant_id: i.variant_id ?? "", units: units(i.detail?.quantity ?? i.quantity), inventory_item_id: i.variant?.inventory_items?.[0]?.inventory_item_id ?? null }] : []
    ),
    payment_id: (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0]?.id ?? null,
  }
}
