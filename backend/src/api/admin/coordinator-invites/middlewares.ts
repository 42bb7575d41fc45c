import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateCoordinatorInvite, AdminGetCoordinatorInvites, AdminResendCoordinatorInvite } from "./validators"

// /admin routes are already behind Medusa's operator (user) authentication.
export const adminCoordinatorInviteMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coordinator-invites", middlewares: [validateAndTransformQuery(AdminGetCoordinatorInvites, {})] },
  { method: ["POST"], matcher: "/admin/coordinator-invites", middlewares: [validateAndTransformBody(AdminCreateCoordinatorInvite)] },
  { method: ["POST"], matcher: "/admin/coordinator-invites/:id/resend", middlewares: [validateAndTransformBody(AdminResendCoordinatorInvite)] },
]
