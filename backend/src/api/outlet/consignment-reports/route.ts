import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reportConsignmentSalesWorkflow } from "../../../workflows/consignment/report-consignment-sales"
import type { OutletReportConsignmentType } from "./validators"
import type { OutletRequest } from "../scope"
import type { ConsignmentReportCreatedResponse, ConsignmentReportListResponse } from "@karya-binaan/contract"

/** The outlet's sell-through reports, newest period first. */
export async function GET(req: OutletRequest, res: MedusaResponse<ConsignmentReportListResponse>) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment_report",
    fields: ["id", "period_start", "period_end", "order_id", "lines", "created_at"],
    filters: { outlet_id: req.outlet.outlet_id },
    pagination: { order: { period_start: "DESC" } },
  })
  res.json({ reports: data })
}

/** Reports units sold for a period; the sale is recorded and paid at once. */
export async function POST(req: OutletRequest<OutletReportConsignmentType>, res: MedusaResponse<ConsignmentReportCreatedResponse>) {
  const { result } = await reportConsignmentSalesWorkflow(req.scope).run({ input: { outlet: req.outlet, ...req.validatedBody } })
  res.status(201).json({ report: result })
}
