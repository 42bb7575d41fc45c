import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorGetEarningsParams } from "./validators"

// Authentication for /coordinator/* is declared once in ../middlewares.ts.
export const coordinatorEarningsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/earnings", middlewares: [validateAndTransformQuery(CoordinatorGetEarningsParams, {})] },
]
