import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorCreateBatch, CoordinatorGetBatchesParams, CoordinatorGetBatchParams } from "./validators"

// Authentication for /coordinator/* is declared once in ../middlewares.ts.
export const coordinatorBatchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/batches",
    middlewares: [validateAndTransformQuery(CoordinatorGetBatchesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/batches",
    middlewares: [validateAndTransformBody(CoordinatorCreateBatch)],
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
