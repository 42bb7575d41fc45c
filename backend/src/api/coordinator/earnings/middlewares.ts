import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorGetEarningsParams } from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorEarningsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/earnings", middlewares: [validateAndTransformQuery(CoordinatorGetEarningsParams, {}), requireOwnCohort("query")] },
]
