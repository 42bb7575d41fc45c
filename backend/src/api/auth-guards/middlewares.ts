import type { MiddlewareRoute } from "@medusajs/framework/http"
import { evenSignInTiming } from "./even-timing"
import { refuseDirectRegistration, refuseInvitedEmail } from "./invite-only"
import { throttleAuthAttempts } from "./throttle"

// Medusa's own /auth routes, for every actor type (customer, coordinator, user).
export const authGuardMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/coordinator/emailpass/register",
    middlewares: [refuseDirectRegistration],
  },
  {
    method: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [refuseInvitedEmail],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [throttleAuthAttempts, evenSignInTiming],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/register",
    middlewares: [throttleAuthAttempts],
  },
]
