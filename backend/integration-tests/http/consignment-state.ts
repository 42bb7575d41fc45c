import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

// What the consignment and outlet-order workflows write, read straight from
// the modules, so a test can compare everything before a failed run with
// everything after it.

/** A workflow step that fails, for workflow.insertActionBefore/appendAction. */
export const INJECTED = "injected-failure"
export const injectedFailure = {
  invoke: async () => {
    throw new Error("injected failure")
  },
}

export type DemoOutletRecords = {
  id: string
  handle: string
  salesChannelId: string
  consignmentChannelId: string
  locationId: string
  customerGroupId: string
}

export async function outletRecords(container: MedusaContainer, handle: string): Promise<DemoOutletRecords> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "outlet",
    fields: ["id", "handle", "consignment_sales_channel_id", "sales_channel.id", "stock_location.id", "customer_group.id"],
    filters: { handle },
  })
  const o = data[0] as any
  return {
    id: o.id,
    handle: o.handle,
    salesChannelId: o.sales_channel.id,
    consignmentChannelId: o.consignment_sales_channel_id,
    locationId: o.stock_location.id,
    customerGroupId: o.customer_group.id,
  }
}

export type StockedSku = { variantId: string; inventoryItemId: string }

export async function skuRecords(container: MedusaContainer, sku: string): Promise<StockedSku> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { sku } })
  return { variantId: data[0].id, inventoryItemId: (data[0] as any).inventory_items[0].inventory_item_id }
}

/** Stock levels of one inventory item, by location: stocked and reserved; a missing level is absent. */
export async function levels(container: MedusaContainer, inventoryItemId: string, locationIds: string[]) {
  const rows = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationIds })
  return Object.fromEntries(rows.map((l) => [l.location_id, { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }]))
}

/** Reservations of some inventory items, as comparable rows. */
export async function reservations(container: MedusaContainer, inventoryItemIds: string[]) {
  const rows = await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemIds })
  return rows.map((r) => `${r.id}:${r.location_id}:${Number(r.quantity)}`).sort()
}

/** An outlet's placements: placed, sold and returned counts by placement. */
export async function placements(container: MedusaContainer, outletId: string) {
  const rows = await container.resolve<any>("outlet").listConsignmentPlacements({ outlet_id: outletId })
  return Object.fromEntries(rows.map((p: any) => [p.id, { quantity: p.quantity, sold: p.sold_quantity, returned: p.returned_quantity }]))
}

export async function reports(container: MedusaContainer, outletId: string) {
  const rows = await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: outletId }, { select: ["id"] })
  return rows.map((r: { id: string }) => r.id).sort()
}

export async function batchRemaining(container: MedusaContainer, batchId: string): Promise<number> {
  const [batch] = await container.resolve<any>("production").listProductionBatches({ id: batchId }, { select: ["id", "remaining_quantity"] })
  return batch.remaining_quantity
}

export async function drawsOf(container: MedusaContainer, batchIds: string[]) {
  const rows = await container.resolve<any>("production").listBatchDraws({ batch_id: batchIds })
  return rows.map((d: { id: string }) => d.id).sort()
}

/** A channel's orders with their status, payments, captures, refunds and reservations' line ids. */
export async function ordersIn(container: MedusaContainer, salesChannelId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "payment_collections.status",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { sales_channel_id: salesChannelId },
  })
  return data.map((o: any) => {
    const payments = o.payment_collections.flatMap((c: any) => c.payments)
    const total = (rows: { amount: unknown }[]) => rows.reduce((a, r) => a + Number(r.amount), 0)
    return {
      id: o.id as string,
      status: o.status as string,
      lineIds: o.items.map((i: any) => i.id as string),
      collections: o.payment_collections.map((c: any) => c.status as string),
      payments: payments.map((p: any) => ({ canceled: !!p.canceled_at, captured: total(p.captures), refunded: total(p.refunds) })),
    }
  })
}

export type Entry = { kind: string; amount: number; bucket: string; party_id: string; line_item_id: string }

export const ledgerOf = (container: MedusaContainer, orderId: string): Promise<Entry[]> => container.resolve<any>("ledger").listLedgerEntries({ order_id: orderId })

/**
 * What `read` returns once `ok` holds, or at the deadline: allocation,
 * reversal and batch draws run on events after a workflow, as in production.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value) || Date.now() > deadline) return value
    await sleep(250)
  }
}

/** Net amount per line, bucket and party: all zero when everything allocated was reversed. */
export function netByParty(entries: Entry[]): Record<string, number> {
  const net: Record<string, number> = {}
  for (const e of entries) {
    const key = `${e.line_item_id}/${e.bucket}/${e.party_id}`
    net[key] = (net[key] ?? 0) + e.amount
  }
  return net
}
