import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AcceptOutletInvite, EmptyQuery } from "./validators"

// Public: whoever holds the emailed token may read and accept the invitation.
export const outletInviteMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/outlet-invites/:token", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/outlet-invites/accept", middlewares: [validateAndTransformBody(AcceptOutletInvite)] },
]
