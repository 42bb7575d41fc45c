import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../../coordinator/cohort-scope"
import type { ImpactFiguresParamsType } from "../impact-schemas"
import { loadImpactFigures } from "./load-figures"
import { sendImpactReport, type ReportFormat } from "./send-report"

/** GET /admin/impact/report.<format>: the figures for the query, over every cohort. */
export const adminReport = (format: ReportFormat) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const figures = await loadImpactFigures(req.scope, req.validatedQuery as ImpactFiguresParamsType)
  await sendImpactReport(res, figures, format)
}

/** GET /coordinator/impact/report.<format>: the same, within the coordinator's own cohorts (a foreign cohort_id is 404 before this). */
export const coordinatorReport = (format: ReportFormat) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cohort_ids } = (req as CoordinatorRequest).coordinator
  const figures = await loadImpactFigures(req.scope, req.validatedQuery as ImpactFiguresParamsType, cohort_ids)
  await sendImpactReport(res, figures, format)
}
