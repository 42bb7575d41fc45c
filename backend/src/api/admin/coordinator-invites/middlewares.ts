import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateCoordinatorInvite } from "./validators"

// /admin routes are already behind Medusa's operator (user) authentication.
export const adminCoordinatorInviteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/coordinator-invites",
    middlewares: [validateAndTransformBody(AdminCreateCoordinatorInvite)],
  },
]
