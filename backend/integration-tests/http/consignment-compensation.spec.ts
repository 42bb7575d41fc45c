import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCTS } from "../../src/scripts/seed-data/catalog"
import { DEMO_LOGINS } from "../../src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../src/scripts/seed-data/outlets"
import {
  batchRemaining,
  drawsOf,
  eventually,
  INJECTED,
  injectedFailure,
  levels,
  netByParty,
  ordersIn,
  outletRecords,
  placements,
  reports,
  ledgerOf,
  reservations,
  skuRecords,
  type DemoOutletRecords,
} from "./consignment-state"
import { ledgerWholeAfterEach } from "./interrupted-run"
import { nativeRequire } from "./native"
import { seedDemoCatalog } from "./shop"

// Each workflow that changes consigned stock or places an outlet's order is
// made to fail at its end, after every write (an injected step just before
// the outlet lock is released): every earlier write must be undone, no
// compensation may fail, and the lock must be free again: the same run then
// succeeds (a lock left held would make it wait out OUTLET_LOCK.timeout and fail).
// The app's own module instances: workflows loaded the way Medusa loads them.

const { placeConsignmentWorkflow } = nativeRequire("../../src/workflows/consignment/place-consignment") as typeof import("../../src/workflows/consignment/place-consignment")
const { reportConsignmentSalesWorkflow } = nativeRequire("../../src/workflows/consignment/report-consignment-sales") as typeof import("../../src/workflows/consignment/report-consignment-sales")
const { returnConsignmentWorkflow } = nativeRequire("../../src/workflows/consignment/return-consignment") as typeof import("../../src/workflows/consignment/return-consignment")
const { placeOutletOrderWorkflow } = nativeRequire("../../src/workflows/outlet/place-outlet-order") as typeof import("../../src/workflows/outlet/place-outlet-order")
const { buyerOutlet } = nativeRequire("../../src/api/outlet/scope") as typeof import("../../src/api/outlet/scope")

const RELEASE_LOCK = "release-lock-step"
const CAPTURE = "capture-consignment-sale"
const injected = [{ action: INJECTED, handlerType: "invoke", error: expect.objectContaining({ message: "injected failure" }) }]

// Seeded at Plaju (seed-data/outlets.ts): 6 tas tangan natural on consignment.
const PLAJU = OUTLETS[0]!
const CONSIGNED_SKU = "KB-ECG-TTG-NAT"
// Consigned at Sungai Gerong only: Plaju's location has no stock level for it yet.
const CONSIGNED_RETAIL = PRODUCTS.flatMap((p) => p.variants).find((v) => v.sku === CONSIGNED_SKU)!.price
const NEW_AT_PLAJU_SKU = "KB-ECG-TTG-CKT"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    ledgerWholeAfterEach(getContainer)
    let container: MedusaContainer
    let plaju: DemoOutletRecords

    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    beforeEach(async () => {
      container = getContainer()
      plaju = await outletRecords(container, PLAJU.handle)
    })

    async function openBatch(variantId: string, units: number) {
      const batches = await container.resolve<any>("production").listProductionBatches({ variant_id: variantId, expired_at: null })
      const batch = batches.find((b: any) => b.remaining_quantity >= units)
      if (!batch) throw new Error(`No batch of ${variantId} holds ${units} units`)
      return { id: batch.id as string, locationId: batch.location_id as string }
    }

    it("place-consignment: a failure after the placement gives the units back to the batch and the cohort's location, removes the new stock level and the placement", async () => {
      const sku = await skuRecords(container, NEW_AT_PLAJU_SKU)
      const batch = await openBatch(sku.variantId, 3)
      const state = async () => ({
        placements: await placements(container, plaju.id),
        remaining: await batchRemaining(container, batch.id),
        levels: await levels(container, sku.inventoryItemId, [batch.locationId, plaju.locationId]),
      })
      const before = await state()
      expect(before.levels[plaju.locationId], "Plaju has no level for this SKU before").toBeUndefined()
      const input = { outlet_id: plaju.id, batch_id: batch.id, quantity: 3 }

      const wf = placeConsignmentWorkflow(container)
      wf.insertActionBefore(RELEASE_LOCK, INJECTED, injectedFailure)
      const { errors } = await wf.run({ input, throwOnError: false })
      expect(errors).toEqual(injected)
      expect(await state()).toEqual(before)

      const again = await placeConsignmentWorkflow(container).run({ input })
      const after = await state()
      expect(after.placements[again.result.id]).toEqual({ quantity: 3, sold: 0, returned: 0 })
      expect(after.remaining).toBe(before.remaining - 3)
      expect(after.levels[batch.locationId].stocked).toBe(before.levels[batch.locationId].stocked - 3)
      expect(after.levels[plaju.locationId]).toEqual({ stocked: 3, reserved: 0 })
    })

    describe("report-consignment-sales", () => {
      async function reportState(orderCount?: number) {
        const sku = await skuRecords(container, CONSIGNED_SKU)
        const placed = await placements(container, plaju.id)
        const batchIds = (await container.resolve<any>("outlet").listConsignmentPlacements({ outlet_id: plaju.id })).map((p: any) => p.batch_id)
        const orders = await ordersIn(container, plaju.consignmentChannelId)
        return {
          sku,
          orders,
          snapshot: {
            placements: placed,
            reports: await reports(container, plaju.id),
            draws: await drawsOf(container, batchIds),
            levels: await levels(container, sku.inventoryItemId, [plaju.locationId]),
            reservations: await reservations(container, [sku.inventoryItemId]),
            orderCount: orderCount ?? orders.length,
          },
        }
      }
      /** The retried report is a whole sale: its capture allocates two units at retail to the rupiah. */
      async function expectAllocated(orderId: string) {
        const entries = await eventually(() => ledgerOf(container, orderId), (e) => e.length > 0)
        expect(entries.every((e) => e.kind === "allocation")).toBe(true)
        expect(entries.reduce((a, e) => a + e.amount, 0)).toBe(2 * CONSIGNED_RETAIL)
      }
      const reportOf = (variantId: string, day: string) => ({
        outlet: { outlet_id: plaju.id, sales_channel_id: plaju.salesChannelId, consignment_sales_channel_id: plaju.consignmentChannelId, customer_group_id: plaju.customerGroupId, customer_id: "", email: "" },
        period_start: day,
        period_end: day,
        lines: [{ variant_id: variantId, quantity: 2 }],
      })

      it("a failure after the capture cancels the sale and refunds it (the ledger nets to zero), and undoes the report, draws, sold counts and outlet stock", async () => {
        const before = await reportState()
        const input = reportOf(before.sku.variantId, "2026-03-10")

        const wf = reportConsignmentSalesWorkflow(container)
        wf.insertActionBefore(RELEASE_LOCK, INJECTED, injectedFailure)
        const { errors } = await wf.run({ input, throwOnError: false })
        expect(errors).toEqual(injected)

        const after = await reportState(before.orders.length)
        expect(after.snapshot).toEqual(before.snapshot)
        const sale = after.orders.filter((o) => !before.orders.some((b) => b.id === o.id))
        expect(sale).toEqual([expect.objectContaining({ status: "canceled", collections: ["canceled"] })])
        const [payment] = sale[0].payments
        expect(payment.captured).toBeGreaterThan(0)
        expect(payment.refunded).toBe(payment.captured)
        // Allocated on the capture, all of it reversed: nothing owed to anyone.
        const ledger = await eventually(
          () => ledgerOf(container, sale[0].id),
          (e) => e.some((x) => x.kind === "allocation") && Object.values(netByParty(e)).every((n) => n === 0)
        )
        expect(ledger.filter((e) => e.kind === "allocation").length).toBeGreaterThan(0)
        expect(Object.values(netByParty(ledger)).every((n) => n === 0), JSON.stringify(netByParty(ledger))).toBe(true)

        // The lock is free and the period open again: the same report goes through.
        const again = await reportConsignmentSalesWorkflow(container).run({ input })
        const done = await reportState()
        expect(done.snapshot.reports).toHaveLength(before.snapshot.reports.length + 1)
        const sold = (s: typeof before.snapshot) => Object.values(s.placements).reduce((a, p) => a + p.sold, 0)
        expect(sold(done.snapshot)).toBe(sold(before.snapshot) + 2)
        expect(done.snapshot.levels[plaju.locationId].stocked).toBe(before.snapshot.levels[plaju.locationId].stocked - 2)
        expect(done.snapshot.draws.length).toBeGreaterThan(before.snapshot.draws.length)
        await expectAllocated(again.result.order_id)
      })

      it("a failure before the capture cancels the sale and its uncaptured payment, with no ledger entries", async () => {
        const before = await reportState()
        const input = reportOf(before.sku.variantId, "2026-03-11")

        const wf = reportConsignmentSalesWorkflow(container)
        wf.insertActionBefore(CAPTURE, INJECTED, injectedFailure)
        const { errors } = await wf.run({ input, throwOnError: false })
        expect(errors).toEqual(injected)

        const after = await reportState(before.orders.length)
        expect(after.snapshot).toEqual(before.snapshot)
        const sale = after.orders.filter((o) => !before.orders.some((b) => b.id === o.id))
        expect(sale).toEqual([expect.objectContaining({ status: "canceled", collections: ["canceled"], payments: [{ canceled: true, captured: 0, refunded: 0 }] })])
        expect(await container.resolve<any>("ledger").listLedgerEntries({ order_id: sale[0].id })).toEqual([])

        const again = await reportConsignmentSalesWorkflow(container).run({ input })
        await expectAllocated(again.result.order_id)
      })
    })

    it("return-consignment: a failure after the return puts the units back at the outlet and out of the batch, and the placement's returned count back", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const [placement] = await container.resolve<any>("outlet").listConsignmentPlacements({ outlet_id: plaju.id, variant_id: sku.variantId })
      const [batch] = await container.resolve<any>("production").listProductionBatches({ id: placement.batch_id })
      const state = async () => ({
        placements: await placements(container, plaju.id),
        remaining: await batchRemaining(container, batch.id),
        levels: await levels(container, sku.inventoryItemId, [batch.location_id, plaju.locationId]),
      })
      const before = await state()
      const input = { placement_id: placement.id, quantity: 2 }

      const wf = returnConsignmentWorkflow(container)
      wf.insertActionBefore(RELEASE_LOCK, INJECTED, injectedFailure)
      const { errors } = await wf.run({ input, throwOnError: false })
      expect(errors).toEqual(injected)
      expect(await state()).toEqual(before)

      const again = await returnConsignmentWorkflow(container).run({ input })
      const after = await state()
      expect(after.placements[placement.id]).toEqual({ ...before.placements[placement.id], returned: before.placements[placement.id].returned + 2 })
      expect(after.remaining).toBe(before.remaining + 2)
      expect(after.levels[plaju.locationId].stocked).toBe(before.levels[plaju.locationId].stocked - 2)
      expect(after.levels[batch.location_id].stocked).toBe(before.levels[batch.location_id].stocked + 2)
    })

    it("place-outlet-order: a failure after the order cancels it, its uncaptured payment and its reservations", async () => {
      const login = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === PLAJU.handle)!
      const [buyer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: login.email, has_account: true })
      const outlet = (await buyerOutlet(container, buyer.id))!
      // Whole cartons (seed-data/outlets.ts case packs) above Plaju's minimum, as the outlet e2e orders.
      const cartons = { "KB-TMP-CHP-ORI-100": 10, "KB-TMP-KRU-250": 20, "KB-ECG-KPS-NAT": 6 }
      const skus = await Promise.all(Object.keys(cartons).map((s) => skuRecords(container, s)))
      const items = Object.values(cartons).map((quantity, i) => ({ variant_id: skus[i].variantId, quantity }))
      const itemIds = skus.map((s) => s.inventoryItemId)
      const state = async () => ({
        reservations: await reservations(container, itemIds),
        levels: await Promise.all(itemIds.map((id) => container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: id }))).then((rows) =>
          rows.flat().map((l) => `${l.inventory_item_id}@${l.location_id}:${Number(l.stocked_quantity)}/${Number(l.reserved_quantity)}`).sort()
        ),
      })
      const before = await state()
      const orders = await ordersIn(container, outlet.sales_channel_id)
      const input = { outlet, items, po_number: "PO-IT-COMPENSATION", delivery: "pickup" as const, locale: "id-ID" as const }

      const wf = placeOutletOrderWorkflow(container)
      wf.appendAction(INJECTED, "place-server-order", injectedFailure)
      const { errors } = await wf.run({ input, throwOnError: false })
      expect(errors).toEqual(injected)
      expect(await state()).toEqual(before)
      const placed = (await ordersIn(container, outlet.sales_channel_id)).filter((o) => !orders.some((b) => b.id === o.id))
      expect(placed).toEqual([expect.objectContaining({ status: "canceled", collections: ["canceled"], payments: [{ canceled: true, captured: 0, refunded: 0 }] })])

      // Nothing left held (the cart's stock claim included): the same order goes through.
      const again = await placeOutletOrderWorkflow(container).run({ input })
      expect((await state()).reservations).toHaveLength(before.reservations.length + 3)
      // Its lines are drawn from batches (order.placed), like any order's.
      const draws = await eventually(() => container.resolve<any>("production").listBatchDraws({ order_id: again.result.order_id }), (d: unknown[]) => d.length >= 3)
      expect(draws.length).toBeGreaterThanOrEqual(3)
    })
  },
})
