import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { OutletBuyer } from "../outlet/types"
import { OUTLET_LOCK, outletConsignmentLockKey } from "./lock"
import { captureSaleStep } from "./steps/capture-sale"
import { createReportStep, linkReportOrderStep } from "./steps/create-report"
import { placeSaleOrderStep } from "./steps/place-sale-order"
import { consumeOutletStockStep, markPlacementsSoldStep, recordSaleDrawsStep } from "./steps/record-sale"
import { resolveReportStep } from "./steps/resolve-report"

export type ReportConsignmentInput = {
  outlet: OutletBuyer
  period_start: string
  period_end: string
  lines: { variant_id: string; quantity: number }[]
}

/**
 * An outlet's sell-through report becomes a sale: one order in the outlet's
 * consignment channel at the shop's retail prices (the outlet sold at retail;
 * its commission is the outlet bucket of that channel's revenue-share rule),
 * each line drawn from the batches placed at the outlet (first expiry first),
 * its payment captured last. Under the outlet's lock (see ./lock): a second
 * report for the same period waits, then finds the first and is refused; a
 * return meanwhile waits for the placements' new counts. A failing step undoes
 * the ones before it: no report row, draws or sold units without a paid sale.
 * A process killed mid-way runs no compensation: its checkpoints stay behind,
 * and repairInterruptedReports reverts the run from them later.
 */
export const reportConsignmentSalesWorkflowId = "report-consignment-sales"

/**
 * Every step checkpoints in the workflow_execution table, so a run a crash cut
 * short can be found and reverted (./repair-interrupted-reports.ts). (The cast:
 * a step with no output is typed `never`, but has `.config` all the same.)
 */
const checkpointed = <T>(step: T): T => (step as unknown as { config(c: { store: boolean }): T }).config({ store: true })

export const reportConsignmentSalesWorkflow = createWorkflow({ name: reportConsignmentSalesWorkflowId, store: true }, (input: ReportConsignmentInput) => {
  const key = transform({ input }, ({ input }) => outletConsignmentLockKey(input.outlet.outlet_id))
  checkpointed(acquireLockStep({ key, ...OUTLET_LOCK }))
  const plan = checkpointed(
    resolveReportStep(
      transform({ input }, ({ input }) => ({ outlet_id: input.outlet.outlet_id, period_start: input.period_start, period_end: input.period_end, lines: input.lines }))
    )
  )
  const reportId = checkpointed(createReportStep(plan))
  const sale = checkpointed(placeSaleOrderStep({ plan, report_id: reportId }))
  checkpointed(recordSaleDrawsStep(transform({ sale, plan }, ({ sale, plan }) => ({ sale, draws: plan.draws }))))
  checkpointed(markPlacementsSoldStep(transform({ plan, reportId }, ({ plan, reportId }) => ({ report_id: reportId, draws: plan.draws }))))
  checkpointed(consumeOutletStockStep(transform({ sale, plan }, ({ sale, plan }) => ({ sale, outlet_id: plan.outlet_id }))))
  const result = checkpointed(linkReportOrderStep(transform({ sale, reportId }, ({ sale, reportId }) => ({ report_id: reportId, order_id: sale.order_id }))))
  checkpointed(captureSaleStep(sale))
  checkpointed(releaseLockStep({ key }))
  return new WorkflowResponse(result)
})
