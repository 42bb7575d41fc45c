import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { MarkStatementPaid } from "../../admin/payout-statements/validators"
import { requireOwnCohort } from "../cohort-scope"
import {
  CoordinatorGetPayoutStatementCsvParams,
  CoordinatorGetPayoutStatementParams,
  CoordinatorGetPayoutStatementsParams,
} from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorPayoutStatementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/payout-statements",
    middlewares: [validateAndTransformQuery(CoordinatorGetPayoutStatementsParams, {}), requireOwnCohort("query")],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/payout-statements/:id",
    middlewares: [validateAndTransformQuery(CoordinatorGetPayoutStatementParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/payout-statements/:id/csv",
    middlewares: [validateAndTransformQuery(CoordinatorGetPayoutStatementCsvParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/payout-statements/:id/mark-paid",
    middlewares: [validateAndTransformBody(MarkStatementPaid)],
  },
]
