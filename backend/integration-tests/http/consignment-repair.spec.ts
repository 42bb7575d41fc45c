import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { asValue } from "@medusajs/framework/awilix"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { OUTLETS } from "../../src/scripts/seed-data/outlets"
import { drawsOf, eventually, levels, ordersIn, outletRecords, placements, reports, reservations, skuRecords, type DemoOutletRecords } from "./consignment-state"
import { forgetInMemory, frozen, ledgerWholeAfterEach, verifyGreen } from "./interrupted-run"
import { nativeRequire } from "./native"
import { seedDemoCatalog } from "./shop"

// A crash mid-report (issue 14, faults): the process dies between two steps of
// report-consignment-sales, so no compensation runs. A test cannot kill its own
// process, so the run is frozen instead: its capture step never returns, which
// holds it after every other write, as a SIGKILL in the capture would leave it (the checkpoints in workflow_execution are all that remain of
// it). Its last checkpoint is then dated back past INTERRUPTED_AFTER_MS and the
// engine's in-memory copy of the run dropped, as a restart some minutes later
// would find it.

const { reportConsignmentSalesWorkflow, reportConsignmentSalesWorkflowId } = nativeRequire(
  "../../src/workflows/consignment/report-consignment-sales"
) as typeof import("../../src/workflows/consignment/report-consignment-sales")
const { repairInterruptedReports } = nativeRequire("../../src/workflows/consignment/repair-interrupted-reports") as typeof import("../../src/workflows/consignment/repair-interrupted-reports")

const PLAJU = OUTLETS[0]!
const CONSIGNED_SKU = "KB-ECG-TTG-NAT"
const CAPTURE = "capture-consignment-sale"
const DRAWS = "record-consignment-sale-draws"


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

    async function state() {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const batchIds = (await container.resolve<any>("outlet").listConsignmentPlacements({ outlet_id: plaju.id })).map((p: any) => p.batch_id)
      return {
        placements: await placements(container, plaju.id),
        reports: await reports(container, plaju.id),
        draws: await drawsOf(container, batchIds),
        levels: await levels(container, sku.inventoryItemId, [plaju.locationId]),
        reservations: await reservations(container, [sku.inventoryItemId]),
      }
    }

    const pg = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

    /** A report of 2 units of the SKU for one day at Plaju. */
    const reportOf = (sku: { variantId: string }, day: string) => ({
      outlet: { outlet_id: plaju.id, sales_channel_id: plaju.salesChannelId, consignment_sales_channel_id: plaju.consignmentChannelId, customer_group_id: plaju.customerGroupId, customer_id: "", email: "" },
      period_start: day,
      period_end: day,
      lines: [{ variant_id: sku.variantId, quantity: 2 }],
    })

    /** The one report run still "invoking": the frozen one. */
    async function invokingRun(): Promise<{ id: string; transaction_id: string }> {
      const [execution] = await container
        .resolve(Modules.WORKFLOW_ENGINE)
        .listWorkflowExecutions({ workflow_id: reportConsignmentSalesWorkflowId, state: "invoking" }, { select: ["id", "transaction_id"] })
      expect(execution).toBeDefined()
      return execution
    }

    /** The restart minutes later: the report and the run's last checkpoint dated back, the engine's memory of the run gone. */
    async function restartLater(reportId: string, execution: { id: string; transaction_id: string }) {
      await pg().raw("update consignment_report set created_at = created_at - interval '11 minutes' where id = ?", [reportId])
      await pg().raw("update workflow_execution set updated_at = updated_at - interval '11 minutes' where id = ?", [execution.id])
      forgetInMemory(container, execution.transaction_id)
    }

    it("reverts a report run a crash cut short before its capture, once, and ledger:verify is green again", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const orders = await ordersIn(container, plaju.consignmentChannelId)
      const input = reportOf(sku, "2026-04-20")

      const wf = reportConsignmentSalesWorkflow(container)
      // The capture itself never returns: the stored run is the real workflow's, step for step, as after a crash.
      wf.replaceAction(CAPTURE, CAPTURE, frozen)
      void wf.run({ input, throwOnError: false })

      // Every write before the capture happened: the report names its unpaid sale.
      const newReports = async () =>
        ((await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: plaju.id })) as { id: string; order_id: string | null }[]).filter(
          (r) => !before.reports.includes(r.id)
        )
      const [report] = await eventually(newReports, (rows) => rows.length === 1 && !!rows[0].order_id)
      const execution = await invokingRun()
      const halfDone = await state()
      expect(halfDone.reports).toHaveLength(before.reports.length + 1)
      expect(halfDone.draws.length).toBeGreaterThan(before.draws.length)
      expect(halfDone.levels[plaju.locationId].stocked).toBe(before.levels[plaju.locationId].stocked - 2)

      // A live run is left alone: its last checkpoint is recent.
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [], failed: [] })

      // Minutes later (the restart): ledger:verify names the half-written report.
      await restartLater(report.id, execution)
      expect(await verifyGreen(container)).toBe(false)

      const repaired = await repairInterruptedReports(container)
      expect(repaired).toEqual({ reverted: [execution.transaction_id], completed: [], failed: [] })

      // Whole or absent: the report, its draws, sold counts and outlet stock are as before; the sale is canceled, nothing captured.
      expect(await state()).toEqual(before)
      const sale = (await ordersIn(container, plaju.consignmentChannelId)).filter((o) => !orders.some((b) => b.id === o.id))
      expect(sale).toEqual([expect.objectContaining({ status: "canceled" })])
      expect(sale[0].payments.every((p: { captured: number }) => p.captured === 0)).toBe(true)
      expect(await container.resolve<any>("ledger").listLedgerEntries({ order_id: sale[0].id })).toEqual([])
      expect(await verifyGreen(container)).toBe(true)

      // Once: a second repair finds nothing, and the outlet reports the period again (its lock is free).
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [], failed: [] })
      const again = await reportConsignmentSalesWorkflow(container).run({ input })
      expect(again.result.order_id).toBeTruthy()
      const after = await state()
      expect(after.reports).toHaveLength(before.reports.length + 1)
      expect(after.levels[plaju.locationId].stocked).toBe(before.levels[plaju.locationId].stocked - 2)
    })

    it("takes back only the crashed run's sold units while another report counts a sale on the same placement", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const input = reportOf(sku, "2026-04-19")
      const wf = reportConsignmentSalesWorkflow(container)
      wf.replaceAction(CAPTURE, CAPTURE, frozen)
      void wf.run({ input, throwOnError: false })
      const [execution] = await eventually(
        () => container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: reportConsignmentSalesWorkflowId, state: "invoking" }, { select: ["id", "transaction_id", "execution"] }),
        (rows) => rows.length === 1 && Object.values((rows[0].execution as any).steps).some((s: any) => s.definition?.action === CAPTURE && s.invoke.status === "waiting_response")
      )
      const counted = await placements(container, plaju.id)
      const [placementId] = Object.keys(counted).filter((id) => counted[id].sold !== before.placements[id].sold)
      expect(counted[placementId!].sold).toBe(before.placements[placementId!].sold + 2)

      const [report] = ((await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: plaju.id })) as { id: string }[]).filter((r) => !before.reports.includes(r.id))
      await restartLater(report.id, execution)

      // Another report (the crashed run's lock lapsed long ago) is counting one unit on the same placement
      // and has not committed yet: the repair's undo waits for its row, then must build on its count.
      const other = await pg().transaction()
      await other.raw("update consignment_placement set sold_quantity = sold_quantity + 1 where id = ?", [placementId])
      const repairing = repairInterruptedReports(container)
      await eventually(
        async () => (await pg().raw(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%consignment_placement%'`)).rows[0].n,
        (waiting) => waiting > 0
      )
      await other.commit()
      expect(await repairing).toEqual({ reverted: [execution.transaction_id], completed: [], failed: [] })

      // The crashed run's 2 units are gone, the other report's 1 stays (a read-then-write undo lost it).
      expect((await placements(container, plaju.id))[placementId!].sold).toBe(before.placements[placementId!].sold + 1)
      await pg().raw("update consignment_placement set sold_quantity = sold_quantity - 1 where id = ?", [placementId])
      expect(await state()).toEqual(before)
    })

    it("reverts a run a crash cut between two steps (the last step done, the next not begun)", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const orders = await ordersIn(container, plaju.consignmentChannelId)
      const input = reportOf(sku, "2026-04-21")

      // The draws step never returns; its checkpoint is then set back to "not begun", which is what a
      // SIGKILL after place-consignment-sale-order's checkpoint and before the next step's leaves
      // (seen in test/http/faults/crash-consignment: "last done: place-consignment-sale-order; inside: none").
      const wf = reportConsignmentSalesWorkflow(container)
      wf.replaceAction(DRAWS, DRAWS, frozen)
      void wf.run({ input, throwOnError: false })
      const [execution] = await eventually(
        () => container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: reportConsignmentSalesWorkflowId, state: "invoking" }, { select: ["id", "transaction_id", "execution"] }),
        (rows) => rows.length === 1 && Object.values((rows[0].execution as any).steps).some((s: any) => s.definition?.action === DRAWS && s.invoke.status === "waiting_response")
      )
      const steps = (execution.execution as any).steps as Record<string, any>
      const drawsKey = Object.keys(steps).find((k) => steps[k].definition?.action === DRAWS)!
      await pg().raw(
        `update workflow_execution set updated_at = updated_at - interval '11 minutes',
           execution = jsonb_set(jsonb_set(execution, ?::text[], '"idle"'), ?::text[], '"not_started"') where id = ?`,
        [`{steps,${drawsKey},invoke,status}`, `{steps,${drawsKey},invoke,state}`, execution.id]
      )
      // The restart: the workflow engine's memory is empty, only the stored checkpoint is left.
      forgetInMemory(container, execution.transaction_id)
      const [report] = ((await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: plaju.id })) as { id: string }[]).filter((r) => !before.reports.includes(r.id))
      await pg().raw("update consignment_report set created_at = created_at - interval '11 minutes' where id = ?", [report.id])

      expect(await repairInterruptedReports(container)).toEqual({ reverted: [execution.transaction_id], completed: [], failed: [] })
      // Absent: no report, the sale canceled, stock and reservations as before; ledger:verify green; once only.
      expect(await state()).toEqual(before)
      const sale = (await ordersIn(container, plaju.consignmentChannelId)).filter((o) => !orders.some((b) => b.id === o.id))
      expect(sale).toEqual([expect.objectContaining({ status: "canceled" })])
      expect(await verifyGreen(container)).toBe(true)
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [], failed: [] })
      // The outlet's lock is free again: the period reports at once.
      const again = await reportConsignmentSalesWorkflow(container).run({ input })
      expect(again.result.order_id).toBeTruthy()
    })

    it("cancels the sale a crash left behind when it cut the run inside place-consignment-sale-order, after the order was placed", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const orders = await ordersIn(container, plaju.consignmentChannelId)
      const input = reportOf(sku, "2026-04-22")

      // The step's read-back of its new order never returns: the order is placed, the step never
      // checkpoints as done, as when SIGKILL lands between the two (seen in test/http/faults/crash-consignment).
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const readsSale = (config: { entity?: string; fields?: string[] }) =>
        config.entity === "order" && !!config.fields?.includes("items.variant.inventory_items.inventory_item_id") && config.fields.includes("payment_collections.payments.id")
      const frozenQuery = new Proxy(query, {
        get(target, prop) {
          if (prop === "graph") return (config: never, ...rest: never[]) => (readsSale(config) ? new Promise(() => {}) : (target.graph as any)(config, ...rest))
          const value = Reflect.get(target, prop, target)
          return typeof value === "function" ? value.bind(target) : value
        },
      })
      const scope = container.createScope() as MedusaContainer
      scope.register(ContainerRegistrationKeys.QUERY, asValue(frozenQuery))
      void reportConsignmentSalesWorkflow(scope).run({ input, throwOnError: false })

      const [sale] = await eventually(
        async () => (await ordersIn(container, plaju.consignmentChannelId)).filter((o) => !orders.some((b) => b.id === o.id)),
        (rows) => rows.length === 1
      )
      const [report] = await eventually(
        async () => ((await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: plaju.id })) as { id: string; order_id: string | null }[]).filter((r) => !before.reports.includes(r.id)),
        (rows) => rows.length === 1
      )
      // The report does not name its sale yet: only the order's metadata leads back to it.
      expect(report.order_id).toBeNull()
      const execution = await invokingRun()

      await restartLater(report.id, execution)
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [execution.transaction_id], completed: [], failed: [] })

      // Absent: no report, the sale canceled (its reservations gone with it), stock as before.
      expect(await state()).toEqual(before)
      expect((await ordersIn(container, plaju.consignmentChannelId)).find((o) => o.id === sale.id)).toEqual(expect.objectContaining({ status: "canceled" }))
      expect(await verifyGreen(container)).toBe(true)
    })

    it("takes back the sold units of a run a crash cut inside mark-consignment-placements-sold after its count was committed", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const input = reportOf(sku, "2026-04-25")

      // The count commits, then the step never returns: its checkpoint never says what it added, as
      // when SIGKILL lands between the two (seen in test/http/faults/crash-consignment: 8 sold where 6 were due).
      const outlet = container.resolve<any>("outlet")
      const frozenOutlet = new Proxy(outlet, {
        get(target, prop) {
          if (prop === "countReportSales") return async (...args: unknown[]) => (await target.countReportSales(...args), new Promise(() => {}))
          const value = Reflect.get(target, prop, target)
          return typeof value === "function" ? value.bind(target) : value
        },
      })
      const scope = container.createScope() as MedusaContainer
      scope.register("outlet", asValue(frozenOutlet))
      void reportConsignmentSalesWorkflow(scope).run({ input, throwOnError: false })

      const [report] = await eventually(
        async () => ((await outlet.listConsignmentReports({ outlet_id: plaju.id }, { select: ["id", "sold_counted"] })) as { id: string; sold_counted: unknown }[]).filter((r) => !before.reports.includes(r.id)),
        (rows) => rows.length === 1 && rows[0].sold_counted !== null
      )
      const soldOf = (p: Record<string, { sold: number }>) => Object.values(p).reduce((n, x) => n + x.sold, 0)
      expect(soldOf((await state()).placements)).toBe(soldOf(before.placements) + 2)
      const execution = await invokingRun()

      await restartLater(report.id, execution)
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [execution.transaction_id], completed: [], failed: [] })

      // Absent, sold counts included: the 2 units are taken back once, not left counted and not taken twice.
      expect(await state()).toEqual(before)
      expect(await verifyGreen(container)).toBe(true)
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [], failed: [] })
      expect(await state()).toEqual(before)
    })

    it("finishes, not reverts, a run a crash cut inside its capture after the capture went through", async () => {
      const sku = await skuRecords(container, CONSIGNED_SKU)
      const before = await state()
      const known = new Set((await ordersIn(container, plaju.consignmentChannelId)).map((o) => o.id))
      const input = reportOf(sku, "2026-04-23")

      // The capture goes through, then the process "dies" before the step's checkpoint.
      const wf = reportConsignmentSalesWorkflow(container)
      wf.replaceAction(CAPTURE, CAPTURE, {
        invoke: async () => {
          const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "order",
            fields: ["id", "payment_collections.payments.id"],
            filters: { sales_channel_id: plaju.consignmentChannelId },
          })
          const sale = (data as any[]).find((o) => !known.has(o.id))
          await capturePaymentWorkflow(container).run({ input: { payment_id: sale.payment_collections[0].payments[0].id } })
          return new Promise(() => {})
        },
      })
      void wf.run({ input, throwOnError: false })

      const [sale] = await eventually(
        async () => (await ordersIn(container, plaju.consignmentChannelId)).filter((o) => !known.has(o.id)),
        (rows) => rows.length === 1 && rows[0].payments.some((p: { captured: number }) => p.captured > 0)
      )
      const [execution] = await eventually(
        () => container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: reportConsignmentSalesWorkflowId, state: "invoking" }, { select: ["id", "transaction_id"] }),
        (rows) => rows.length === 1
      )
      const report = (await container.resolve<any>("outlet").listConsignmentReports({ outlet_id: plaju.id })).find((r: { order_id: string | null }) => r.order_id === sale.id)
      await restartLater(report.id, execution)

      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [execution.transaction_id], failed: [] })
      // Whole: the report stands with its paid sale, the stock left the outlet, and the run is done.
      const after = await state()
      expect(after.reports).toContain(report.id)
      expect(after.reports).toHaveLength(before.reports.length + 1)
      expect(after.levels[plaju.locationId].stocked).toBe(before.levels[plaju.locationId].stocked - 2)
      expect((await ordersIn(container, plaju.consignmentChannelId)).find((o) => o.id === sale.id)).toEqual(expect.objectContaining({ status: "pending" }))
      // A done run without retention is removed from workflow_execution; one left would have to be done.
      const left = await container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ id: execution.id }, { select: ["state"] })
      expect(left.filter((r: { state: string }) => r.state !== "done")).toEqual([])
      expect(await repairInterruptedReports(container)).toEqual({ reverted: [], completed: [], failed: [] })
      // The allocation follows the capture, and the ledger holds.
      expect(await eventually(() => verifyGreen(container), (green) => green)).toBe(true)
      // The outlet's lock was freed by the run's last step: the next period reports at once.
      const next = await reportConsignmentSalesWorkflow(container).run({ input: { ...input, period_start: "2026-04-24", period_end: "2026-04-24" } })
      expect(next.result.order_id).toBeTruthy()
    })
  },
})
