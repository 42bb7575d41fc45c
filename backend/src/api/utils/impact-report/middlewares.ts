import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../../coordinator/cohort-scope"
import { ImpactFiguresParams } from "../impact-schemas"

const FORMATS = ["csv", "xlsx", "pdf"] as const

// The figures routes' own query (one shape for the dashboard and the files).
// /admin is operator-only by Medusa's user authentication; /coordinator/* is
// authenticated and scoped once in coordinator/middlewares.ts, and a cohort_id
// outside the coordinator's cohorts answers 404 like every coordinator route.
export const impactReportMiddlewares: MiddlewareRoute[] = FORMATS.flatMap((format): MiddlewareRoute[] => [
  { method: ["GET"], matcher: `/admin/impact/report.${format}`, middlewares: [validateAndTransformQuery(ImpactFiguresParams, {})] },
  {
    method: ["GET"],
    matcher: `/coordinator/impact/report.${format}`,
    middlewares: [validateAndTransformQuery(ImpactFiguresParams, {}), requireOwnCohort("query", { optional: true })],
  },
])
