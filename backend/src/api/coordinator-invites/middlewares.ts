import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AcceptCoordinatorInvite, EmptyQuery } from "./validators"

// Public: whoever holds the emailed token may read and accept the invitation.
export const coordinatorInviteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/coordinator-invites/:token",
    middlewares: [validateAndTransformQuery(EmptyQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/coordinator-invites/accept",
    middlewares: [validateAndTransformBody(AcceptCoordinatorInvite)],
  },
]
