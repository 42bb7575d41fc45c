import { applyTranslations, ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { outletAddress } from "../../../modules/outlet/address"
import { outletPricingContext } from "../../../modules/outlet/price-list-rules"
import { outletOrderProblems } from "../../../modules/outlet/order-terms"
import { INVOICE_PAYMENT_PROVIDER } from "../../checkout/check-outlet-cart"
import type { ServerCartInput } from "../../checkout/server-cart"
import { OUTLET_DELIVERY_CODES } from "../delivery-options"
import { invoiceDueDate } from "../invoice-due-date"
import { outletOrderRefusal } from "../order-refusal"
import { outletRegionId } from "../outlet-region"
import type { OutletBuyer } from "../types"

export type OutletOrderRequest = {
  outlet: OutletBuyer
  items: { variant_id: string; quantity: number }[]
  po_number: string
  delivery: "delivery" | "pickup"
  notes?: string
  locale?: "id-ID" | "en-US"
}


type OrderedVariant = {
  id: string
  calculated_price?: { calculated_amount?: number | null } | null
  product?: { id: string; title: string; status: string; sales_channels?: ({ id: string } | null)[] | null } | null
}

/**
 * Checks an outlet's order against its terms (products in its catalog, the
 * minimum order value, whole cartons) and builds the cart it becomes, on
 * invoice at the outlet's address, due after its payment terms.
 */
export const checkOutletOrderStep = createStep("check-outlet-order", async (input: OutletOrderRequest, { container }) => {
  const { outlet } = input
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const regionId = await outletRegionId(container)
  // Only the ordered variants, priced as the outlet's catalog prices them (its
  // buyers' group, so the wholesale price list wins where it has a price).
  const [{ data: records }, { data: rows }] = await Promise.all([
    query.graph({ entity: "outlet", fields: ["*", "case_packs.product_id", "case_packs.units"], filters: { id: outlet.outlet_id } }),
    query.graph({
      entity: "product_variant",
      fields: ["id", "calculated_price.*", "product.id", "product.title", "product.status", "product.sales_channels.id"],
      filters: { id: input.items.map((i) => i.variant_id) },
      context: { calculated_price: QueryContext({ region_id: regionId, currency_code: "idr", ...outletPricingContext(outlet.customer_group_id, outlet.sales_channel_id) }) },
    }),
  ])
  const record = records[0]
  const variants = rows as OrderedVariant[]
  // A refusal names products as the buyer's page does.
  await applyTranslations({ localeCode: input.locale, objects: variants, container })
  // In the catalog: a published product of the outlet's channel, with a price for the outlet.
  const inCatalog = new Map(
    variants.flatMap((v) =>
      v.product?.status === "published" && v.product.sales_channels?.some((c) => c?.id === outlet.sales_channel_id) && v.calculated_price?.calculated_amount
        ? [[v.id, { product: v.product, price: Number(v.calculated_price.calculated_amount) }] as const]
        : []
    )
  )
  const unknown = input.items.filter((i) => !inCatalog.has(i.variant_id))
  if (unknown.length) {
    const ids = unknown.map((i) => i.variant_id)
    throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "not_in_catalog", variant_ids: ids }], `Produk tidak tersedia untuk outlet ini: ${ids.join(", ")}`)
  }
  const problems = outletOrderProblems(
    input.items.map((i) => {
      const { product, price } = inCatalog.get(i.variant_id)!
      return { product_id: product.id, title: product.title, quantity: i.quantity, unit_price: price }
    }),
    { minimum_order_value: Number(record.minimum_order_value), case_packs: ((record.case_packs ?? []) as ({ product_id: string; units: number } | null)[]).flatMap((p) => (p ? [p] : [])) }
  )
  if (problems.length) throw outletOrderRefusal(problems)

  const orderedAt = new Date()
  const cart: ServerCartInput = {
    region_id: regionId,
    sales_channel_id: outlet.sales_channel_id,
    customer_id: outlet.customer_id,
    email: outlet.email,
    locale: input.locale,
    items: input.items,
    address: outletAddress(record),
    shipping_code: OUTLET_DELIVERY_CODES[input.delivery],
    provider_id: INVOICE_PAYMENT_PROVIDER,
    metadata: {
      outlet_id: outlet.outlet_id,
      po_number: input.po_number,
      delivery: input.delivery,
      payment_terms_days: Number(record.payment_terms_days),
      invoice_issued_at: orderedAt.toISOString(),
      invoice_due_date: invoiceDueDate(orderedAt, Number(record.payment_terms_days)),
      ...(input.notes ? { notes: input.notes } : {}),
    },
  }
  return new StepResponse(cart)
})
