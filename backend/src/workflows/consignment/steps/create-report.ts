import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { ReportPlan } from "./resolve-report"

export const CREATE_REPORT_STEP = "create-consignment-report"

/** The report row (one per outlet and period); deleted if the sale fails. */
export const createReportStep = createStep(
  CREATE_REPORT_STEP,
  async (plan: ReportPlan, { container }) => {
    const report = await container.resolve<OutletModuleService>(OUTLET_MODULE).createConsignmentReports({
      outlet_id: plan.outlet_id,
      period_start: new Date(plan.start),
      period_end: new Date(plan.end),
      lines: plan.lines as unknown as Record<string, unknown>,
    })
    return new StepResponse(report.id as string, report.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OutletModuleService>(OUTLET_MODULE).deleteConsignmentReports(id)
  }
)

/** Names the report's order once the sale exists. */
export const linkReportOrderStep = createStep("link-consignment-report-order", async (input: { report_id: string; order_id: string }, { container }) => {
  await container.resolve<OutletModuleService>(OUTLET_MODULE).updateConsignmentReports({ id: input.report_id, order_id: input.order_id })
  return new StepResponse(input)
})
