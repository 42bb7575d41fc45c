import { applyTranslations, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import type { OutletScope } from "../../../lib/outlet/access"
import { outletAddress } from "../../../lib/outlet/address"
import { outletCatalog, outletRegionId } from "../../../lib/outlet/catalog"
import { invoiceDueDate, outletOrderProblems, outletOrderRefusal } from "../../../lib/outlet/order-rules"
import { INVOICE_PAYMENT_PROVIDER } from "../../checkout/check-outlet-cart"
import type { ServerCartInput } from "../../checkout/server-cart"

export type OutletOrderRequest = {
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
 * Checks an outlet's order against its terms (products in its catalog, the
 * minimum order value, whole cartons) and builds the cart it becomes, on
 * invoice at the outlet's address, due after its payment terms.
 */
export const checkOutletOrderStep = createStep("check-outlet-order", async (input: OutletOrderRequest, { container }) => {
  const { outlet } = input
  const {
    data: [record],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "outlet",
    fields: ["*", "case_packs.product_id", "case_packs.units"],
    filters: { id: outlet.outlet_id },
  })
  const catalog = await outletCatalog(container, outlet)
  // A refusal names products as the buyer's page does.
  await applyTranslations({ localeCode: input.locale, objects: catalog, container })
  const variants = new Map(catalog.flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }] as const)))
  const unknown = input.items.filter((i) => !variants.get(i.variant_id)?.variant.price)
  if (unknown.length) {
    const ids = unknown.map((i) => i.variant_id)
    throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "not_in_catalog", variant_ids: ids }], `Produk tidak tersedia untuk outlet ini: ${ids.join(", ")}`)
  }
  const problems = outletOrderProblems(
    input.items.map((i) => {
      const { product, variant } = variants.get(i.variant_id)!
      return { product_id: product.id, title: product.title, quantity: i.quantity, unit_price: variant.price ?? 0 }
    }),
    { minimum_order_value: Number(record.minimum_order_value), case_packs: ((record.case_packs ?? []) as ({ product_id: string; units: number } | null)[]).flatMap((p) => (p ? [p] : [])) }
  )
  if (problems.length) throw outletOrderRefusal(problems)

  const orderedAt = new Date()
  const cart: ServerCartInput = {
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
  }
  return new StepResponse(cart)
})
