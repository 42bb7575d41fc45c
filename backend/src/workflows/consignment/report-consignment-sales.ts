import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { OutletScope } from "../../lib/outlet/access"
import { outletAddress } from "../../lib/outlet/address"
import { outletRegionId } from "../../lib/outlet/catalog"
import { drawFromPlacements, type OpenPlacement } from "../../lib/outlet/consignment"
import { OUTLET_MODULE } from "../../modules/outlet"
import type { OutletModuleService } from "../../modules/outlet/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import type { ProductionModuleService } from "../../modules/production/service"
import { INVOICE_PAYMENT_PROVIDER } from "../checkout/check-outlet-cart"
import { checkoutServerCart } from "../checkout/server-cart"
import { OUTLET_LOCK, outletConsignmentLockKey } from "./lock"

export type ReportConsignmentInput = {
  outlet: OutletScope
  period_start: string
  period_end: string
  lines: { variant_id: string; quantity: number }[]
}

type Quantity = number | string | { numeric?: number } | null | undefined
type SaleOrder = {
  items?: ({ id: string; variant_id: string | null; quantity: Quantity; detail?: { quantity: Quantity } | null; variant?: { inventory_items?: { inventory_item_id: string }[] | null } | null } | null)[] | null
  payment_collections?: ({ payments?: ({ id: string } | null)[] | null } | null)[] | null
}
const units = (q: Quantity) => (typeof q === "object" && q ? Number(q.numeric) : Number(q))

/**
 * An outlet's sell-through report becomes a sale: one order in the outlet's
 * consignment channel at the shop's retail prices (the outlet sold at retail;
 * its commission is the outlet bucket of that channel's revenue-share rule),
 * each line drawn from the batches placed at the outlet (first expiry first),
 * its payment captured at once, since the outlet settles the report with the
 * programme, so the ledger allocates right away. Under the outlet's lock (see
 * ./lock): a second report for the same period waits, then finds the first
 * and is refused; a return meanwhile waits for the placements' new counts.
 */
export async function reportConsignmentSales(container: MedusaContainer, input: ReportConsignmentInput) {
  return container
    .resolve(Modules.LOCKING)
    .execute(outletConsignmentLockKey(input.outlet.outlet_id), () => reportUnderLock(container, input), { timeout: OUTLET_LOCK.timeout })
}

async function reportUnderLock(container: MedusaContainer, input: ReportConsignmentInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const outlets = container.resolve<OutletModuleService>(OUTLET_MODULE)
  const start = new Date(`${input.period_start}T00:00:00+07:00`)
  const end = new Date(`${input.period_end}T23:59:59+07:00`)
  if (end < start) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Akhir periode harus sesudah awal periode")
  if (start.getTime() > Date.now()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Periode laporan belum dimulai")

  const [record] = await outlets.listOutlets({ id: input.outlet.outlet_id })
  if (!record?.consignment_sales_channel_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Outlet ini belum menerima barang titipan")
  const [existing] = await outlets.listConsignmentReports({ outlet_id: record.id, period_start: start, period_end: end }, { select: ["id"] })
  if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Laporan penjualan untuk periode ini sudah dikirim")

  const placements = await outlets.listConsignmentPlacements({ outlet_id: record.id, variant_id: input.lines.map((l) => l.variant_id) })
  const { data: batches } = await query.graph({
    entity: "production_batch",
    fields: ["id", "expiry_date"],
    filters: { id: placements.map((p) => p.batch_id) },
  })
  const open: OpenPlacement[] = placements.map((p) => ({
    id: p.id,
    batch_id: p.batch_id,
    variant_id: p.variant_id,
    open: p.quantity - p.sold_quantity - p.returned_quantity,
    expiry: (() => {
      const e = batches.find((b: { id: string }) => b.id === p.batch_id)?.expiry_date
      return e ? new Date(e) : null
    })(),
    placed_at: new Date(p.created_at),
  }))
  const { draws, short } = drawFromPlacements(input.lines, open)
  if (short.length) {
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { id: short.map((s) => s.variant_id) } })
    const sku = (id: string) => variants.find((v: { id: string }) => v.id === id)?.sku ?? id
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      short.map((s) => `Barang titipan ${sku(s.variant_id)} di outlet tinggal ${s.available}, dilaporkan terjual ${s.wanted}`).join(". ")
    )
  }

  const report = await outlets.createConsignmentReports({
    outlet_id: record.id,
    period_start: start,
    period_end: end,
    lines: input.lines as unknown as Record<string, unknown>,
  })
  let orderId: string
  try {
    ;({ order_id: orderId } = await checkoutServerCart(container, {
      region_id: await outletRegionId(container),
      sales_channel_id: record.consignment_sales_channel_id,
      // No customer, and the outlet's own address rather than the buyer's: a
      // guest cart is priced at the shop's prices, never the wholesale list.
      email: record.contact_email,
      items: input.lines,
      address: outletAddress(record),
      shipping_code: "pickup",
      provider_id: INVOICE_PAYMENT_PROVIDER,
      metadata: {
        outlet_id: record.id,
        consignment_report_id: report.id,
        period_start: input.period_start,
        period_end: input.period_end,
      },
    }))
  } catch (error) {
    await outlets.deleteConsignmentReports(report.id)
    throw error
  }

  // The units were already at the outlet: the reservation Medusa made there
  // gives way to the sale itself, counted on the placements and the batches' draws.
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity", "items.variant.inventory_items.inventory_item_id", "payment_collections.payments.id"],
    filters: { id: orderId },
  })
  const order = orders[0] as SaleOrder | undefined
  const items = (order?.items ?? []).flatMap((i) => (i ? [i] : []))
  const lineOf = (variantId: string) => items.find((i) => i.variant_id === variantId)
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  await production.createBatchDraws(
    draws.map((d) => ({ order_id: orderId, line_item_id: lineOf(d.variant_id)!.id, batch_id: d.batch_id, quantity: d.quantity }))
  )
  const sold = new Map<string, number>()
  for (const d of draws) sold.set(d.placement_id, (sold.get(d.placement_id) ?? 0) + d.quantity)
  await outlets.updateConsignmentPlacements(
    placements.filter((p) => sold.has(p.id)).map((p) => ({ id: p.id, sold_quantity: p.sold_quantity + sold.get(p.id)! }))
  )
  const inventory = container.resolve(Modules.INVENTORY)
  await inventory.deleteReservationItemsByLineItem(items.map((i) => i.id))
  const { data: links } = await query.graph({ entity: "outlet", fields: ["stock_location.id"], filters: { id: record.id } })
  const locationId = (links[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  for (const item of items) {
    const inventoryItemId = item.variant?.inventory_items?.[0]?.inventory_item_id
    if (inventoryItemId && locationId) await inventory.adjustInventory(inventoryItemId, locationId, -units(item.detail?.quantity ?? item.quantity))
  }

  const paymentId = (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0]?.id
  if (paymentId) await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
  await outlets.updateConsignmentReports({ id: report.id, order_id: orderId })
  return { report_id: report.id, order_id: orderId }
}
