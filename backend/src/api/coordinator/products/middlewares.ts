import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnCohort } from "../cohort-scope"
import { CoordinatorCreateProduct, CoordinatorGetProducts, CoordinatorUpdateProduct, EmptyBody, EmptyQuery } from "./validators"

// Authentication and cohort scoping are in ../middlewares.ts (run first, for all of /coordinator).
export const coordinatorProductMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/coordinator/products", middlewares: [validateAndTransformQuery(CoordinatorGetProducts, {}), requireOwnCohort("query", { optional: true })] },
  { method: ["POST"], matcher: "/coordinator/products", middlewares: [validateAndTransformBody(CoordinatorCreateProduct), requireOwnCohort("body")] },
  { method: ["GET"], matcher: "/coordinator/products/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/coordinator/products/:id", middlewares: [validateAndTransformBody(CoordinatorUpdateProduct)] },
  { method: ["POST"], matcher: "/coordinator/products/:id/submit", middlewares: [validateAndTransformBody(EmptyBody)] },
  { method: ["POST"], matcher: "/coordinator/products/:id/archive", middlewares: [validateAndTransformBody(EmptyBody)] },
]
