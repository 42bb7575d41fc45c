import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OutletScope } from "../../lib/outlet/access"
import { outletCatalog, outletRegionId } from "../../lib/outlet/catalog"
import { invoiceDueDate, outletOrderProblems } from "../../lib/outlet/order-rules"
import { INVOICE_PAYMENT_PROVIDER } from "../checkout/check-outlet-cart"
import { checkoutServerCart } from "../checkout/server-cart"
import { outletAddress } from "../../lib/outlet/address"

export type PlaceOutletOrderInput = {
  outlet: OutletScope
  items: { variant_id: string; quantity: number }[]
  po_number: string
  delivery: "delivery" | "pickup"
  notes?: string
  locale?: "id-ID" | "en-US"
}

/** Shipping option type codes seeded for the shop (seed-data/shipping.ts). */
const OPTION_CODE = { delivery: "reguler", pickup: "pickup" } as const

/**
 * An outlet's wholesale order, placed server-side in the outlet's own sales
 * channel (the storefront's publishable key only reaches the shop channel):
 * checked against the outlet's terms first, then Medusa's own cart path, paid
 * on invoice through the manual provider. The complete-cart hook checks the
 * terms again on the priced cart.
 */
export async function placeOutletOrder(container: MedusaContainer, input: PlaceOutletOrderInput): Promise<{ order_id: string }> {
  const { outlet } = input
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({
    entity: "outlet",
    fields: ["*", "case_packs.product_id", "case_packs.units"],
    filters: { id: outlet.outlet_id },
  })
  const catalog = await outletCatalog(container, outlet)
  const variants = new Map(catalog.flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }] as const)))
  const unknown = input.items.filter((i) => !variants.get(i.variant_id)?.variant.price)
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Produk tidak tersedia untuk outlet ini: ${unknown.map((i) => i.variant_id).join(", ")}`)
  }
  const problems = outletOrderProblems(
    input.items.map((i) => {
      const { product, variant } = variants.get(i.variant_id)!
      return { product_id: product.id, title: product.title, quantity: i.quantity, unit_price: variant.price ?? 0 }
    }),
    { minimum_order_value: Number(record.minimum_order_value), case_packs: ((record.case_packs ?? []) as ({ product_id: string; units: number } | null)[]).flatMap((p) => (p ? [p] : [])) },
    input.locale
  )
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(". "))

  const orderedAt = new Date()
  return checkoutServerCart(container, {
    region_id: await outletRegionId(container),
    sales_channel_id: outlet.sales_channel_id,
    customer_id: outlet.customer_id,
    email: outlet.email,
    locale: input.locale,
    items: input.items,
    address: outletAddress(record),
    shipping_code: OPTION_CODE[input.delivery],
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
  })
}
