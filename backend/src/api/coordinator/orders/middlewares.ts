import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorCreateFulfillment, CoordinatorGetOrdersParams, CoordinatorShipFulfillment } from "./validators"

// Authentication for /coordinator/* is declared once in ../middlewares.ts.
export const coordinatorOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator/orders",
    middlewares: [validateAndTransformQuery(CoordinatorGetOrdersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/orders/:id/fulfillments",
    middlewares: [validateAndTransformBody(CoordinatorCreateFulfillment)],
  },
  {
    method: ["POST"],
    matcher: "/coordinator/orders/:id/fulfillments/:fulfillment_id/ship",
    middlewares: [validateAndTransformBody(CoordinatorShipFulfillment)],
  },
]
