import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetCoordinators, AdminRevokeCoordinator } from "./validators"

// /admin routes are already behind Medusa's operator (user) authentication.
export const adminCoordinatorMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coordinators", middlewares: [validateAndTransformQuery(AdminGetCoordinators, {})] },
  { method: ["POST"], matcher: "/admin/coordinators/:id/revoke", middlewares: [validateAndTransformBody(AdminRevokeCoordinator)] },
]
