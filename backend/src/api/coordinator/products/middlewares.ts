import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { CoordinatorCreateProduct, CoordinatorGetProducts, CoordinatorUpdateProduct, EmptyBody, EmptyQuery } from "./validators"

// Authentication is in ../middlewares.ts (runs first, for all of /coordinator).
export const coordinatorProductMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/products", middlewares: [validateAndTransformQuery(CoordinatorGetProducts, {})] },
  { method: ["POST"], matcher: "/coordinator/products", middlewares: [validateAndTransformBody(CoordinatorCreateProduct)] },
  { method: ["GET"], matcher: "/coordinator/products/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/coordinator/products/:id", middlewares: [validateAndTransformBody(CoordinatorUpdateProduct)] },
  { method: ["POST"], matcher: "/coordinator/products/:id/submit", middlewares: [validateAndTransformBody(EmptyBody)] },
  { method: ["POST"], matcher: "/coordinator/products/:id/archive", middlewares: [validateAndTransformBody(EmptyBody)] },
]
