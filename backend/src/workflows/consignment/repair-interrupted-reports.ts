import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { DAY_MS, wibDayStart } from "../../lib/jakarta-time"
import { OUTLET_MODULE } from "../../modules/outlet"
import type { OutletModuleService } from "../../modules/outlet/service"
import { assertEnded, cancelRun, closeRun, failStep, finishStep, interruptedStep, INTERRUPTED_AFTER_MS, staleRuns, stepDone, type StaleRun } from "../repair/interrupted-runs"
import { reportConsignmentSalesWorkflow, reportConsignmentSalesWorkflowId, type ReportConsignmentInput } from "./report-consignment-sales"
import { CAPTURE_SALE_STEP } from "./steps/capture-sale"
import { CREATE_REPORT_STEP } from "./steps/create-report"
import { PLACE_SALE_ORDER_STEP } from "./steps/place-sale-order"
import { MARK_PLACEMENTS_SOLD_STEP } from "./steps/record-sale"

export type RepairedReports = { reverted: string[]; completed: string[]; failed: { transaction_id: string; message: string }[] }

/**
 * Sell-through reports a crash cut short (issue 14, faults): the process died
 * between two steps of report-consignment-sales, so no compensation ran and
 * a report row, an unpaid sale order, draws, sold counts or outlet stock may
 * be left half-written. A run still "invoking" long after its last checkpoint
 * is reverted through Medusa's workflow engine (repair/interrupted-runs.ts):
 * the report is then absent and the outlet reports the period again. One
 * exception: a run cut inside its capture after the capture went through is
 * finished instead (its sale is whole and paid; undoing it would refund a
 * settled sale).
 * Run by the scheduled job and by `npm run ledger:verify -- --repair`.
 */
export async function repairInterruptedReports(container: MedusaContainer, now = new Date(), interruptedAfterMs = INTERRUPTED_AFTER_MS): Promise<RepairedReports> {
  const outcome: RepairedReports = { reverted: [], completed: [], failed: [] }
  for (const run of await staleRuns<ReportConsignmentInput>(container, reportConsignmentSalesWorkflowId, now, interruptedAfterMs)) {
    try {
      const ended = await repairRun(container, run)
      await assertEnded(container, reportConsignmentSalesWorkflowId, run.transaction_id, ended)
      outcome[ended].push(run.transaction_id)
    } catch (error) {
      outcome.failed.push({ transaction_id: run.transaction_id, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return outcome
}

/** One interrupted run, finished ("completed") or compensated ("reverted"). */
async function repairRun(container: MedusaContainer, run: StaleRun<ReportConsignmentInput>): Promise<"completed" | "reverted"> {
  const { transaction_id: transactionId, execution, input } = run
  if (stepDone(execution, CAPTURE_SALE_STEP)) {
    // Stopped after its capture: before freeing the outlet's lock, or after the
    // last step but before the run's own end was saved. The sale is whole and
    // paid, and reverting would refund it and take back sold counts that later
    // reports built on. What was left, freeing the lock, lapsed with the lock's
    // lease (OUTLET_LOCK.ttl, far shorter than INTERRUPTED_AFTER_MS).
    await closeRun(container, run, "completed")
    return "completed"
  }
  const interrupted = interruptedStep(execution)
  if (interrupted === CAPTURE_SALE_STEP && (await saleCaptured(container, input))) {
    // Only the capture's checkpoint was lost: the step succeeds now and the run finishes (its
    // last step frees the outlet's lock). The allocation follows from the reconciliation.
    await finishStep(container, reportConsignmentSalesWorkflowId, transactionId, interrupted, undefined)
    return "completed"
  }
  if (interrupted) {
    // The crash may have come after the step's write and before its checkpoint.
    if (interrupted === CREATE_REPORT_STEP) await deleteUnlinkedReport(container, input)
    if (interrupted === PLACE_SALE_ORDER_STEP) await cancelUnrecordedSale(container, input)
    if (interrupted === MARK_PLACEMENTS_SOLD_STEP) await uncountSales(container, input)
    await failStep(container, reportConsignmentSalesWorkflowId, transactionId, interrupted)
  } else {
    await cancelRun(container, reportConsignmentSalesWorkflow, transactionId)
  }
  return "reverted"
}

/**
 * The report row of a run cut off inside create-consignment-report, if the
 * insert was committed: the run's own, since its period had none when it
 * began and the period is refused to anyone else while the row stands. Found
 * by outlet and period (the step's id never reached the checkpoint); one
 * already naming a sale is left alone.
 */
async function deleteUnlinkedReport(container: MedusaContainer, input: ReportConsignmentInput | undefined) {
  const unlinked = (await reportsOfPeriod(container, input)).filter((r) => !r.order_id).map((r) => r.id)
  if (unlinked.length) await container.resolve<OutletModuleService>(OUTLET_MODULE).deleteConsignmentReports(unlinked)
}

/**
 * The sale of a run cut off inside place-consignment-sale-order, if the cart
 * had already become an order: found by the report it names (its metadata),
 * canceled as the step's compensation would, which also drops its reservations.
 */
async function cancelUnrecordedSale(container: MedusaContainer, input: ReportConsignmentInput | undefined) {
  const reportIds = (await reportsOfPeriod(container, input)).map((r) => r.id)
  if (!reportIds.length) return
  const { rows } = await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`select id from "order" where metadata->>'consignment_report_id' = any(?) and status <> 'canceled' and deleted_at is null`, [reportIds])
  for (const { id } of rows as { id: string }[]) await cancelOrderWorkflow(container).run({ input: { order_id: id } })
}

/**
 * The sold units of a run cut off inside mark-consignment-placements-sold, if
 * the count was committed: the report records them in the same transaction,
 * and taking them back clears the record, so this and the step's own
 * compensation take them back once between them.
 */
async function uncountSales(container: MedusaContainer, input: ReportConsignmentInput | undefined) {
  const outlet = container.resolve<OutletModuleService>(OUTLET_MODULE)
  for (const report of await reportsOfPeriod(container, input)) await outlet.uncountReportSales(report.id)
}

/** True when the sale the run's report names is paid: the capture went through before the crash. */
async function saleCaptured(container: MedusaContainer, input: ReportConsignmentInput | undefined): Promise<boolean> {
  const orderIds = (await reportsOfPeriod(container, input)).flatMap((r) => (r.order_id ? [r.order_id] : []))
  if (!orderIds.length) return false
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.captured_at"],
    filters: { id: orderIds },
  })
  type Row = { payment_collections?: ({ payments?: ({ captured_at?: string | Date | null } | null)[] | null } | null)[] | null }
  return (data as Row[]).some((o) => (o.payment_collections ?? []).some((c) => (c?.payments ?? []).some((p) => Boolean(p?.captured_at))))
}

/** The report rows of the run's outlet and period (at most one: one report per outlet and period). */
async function reportsOfPeriod(container: MedusaContainer, input: ReportConsignmentInput | undefined): Promise<{ id: string; order_id: string | null }[]> {
  if (!input?.outlet?.outlet_id || !input.period_start || !input.period_end) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the run's input is not in its checkpoint")
  const period = { period_start: wibDayStart(input.period_start), period_end: new Date(wibDayStart(input.period_end).getTime() + DAY_MS - 1000) }
  return container.resolve<OutletModuleService>(OUTLET_MODULE).listConsignmentReports({ outlet_id: input.outlet.outlet_id, ...period }, { select: ["id", "order_id"] })
}
