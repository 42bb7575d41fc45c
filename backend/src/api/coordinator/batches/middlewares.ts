import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorCreateBatch, CoordinatorGetBatchesParams, CoordinatorGetBatchParams } from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorBatchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/batches",
    middlewares: [validateAndTransformQuery(CoordinatorGetBatchesParams, {}), requireOwnCohort("query")],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/batches",
    middlewares: [validateAndTransformBody(CoordinatorCreateBatch), requireOwnCohort("body")],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/batches/:id",
    middlewares: [validateAndTransformQuery(CoordinatorGetBatchParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/coordinator/batches/:id/recall",
    middlewares: [validateAndTransformQuery(CoordinatorGetBatchParams, {})],
  },
]
