import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorCreateFulfillment, CoordinatorGetOrdersParams, CoordinatorShipFulfillment } from "./validators"

// Authentication and cohort scoping for /coordinator/* are declared once in ../middlewares.ts.
export const coordinatorOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/orders",
    middlewares: [validateAndTransformQuery(CoordinatorGetOrdersParams, {}), requireOwnCohort("query")],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/orders/:id/fulfillments",
    middlewares: [validateAndTransformBody(CoordinatorCreateFulfillment), requireOwnCohort("body")],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/orders/:id/fulfillments/:fulfillment_id/ship",
    middlewares: [validateAndTransformBody(CoordinatorShipFulfillment)],
  },
]
