import type { MiddlewareRoute } from "@medusajs/framework/http"
import { guardCoordinatorSignIn } from "./coordinator-sign-in"
import { evenSignInTiming } from "./even-timing"
import { refuseCustomerDirectRegistration, refuseDirectRegistration } from "./invite-only"
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
    middlewares: [refuseCustomerDirectRegistration],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [throttleAuthAttempts, evenSignInTiming],
  },
  {
    // After the throttle: a revoked coordinator's right password still counts as a refusal there.
    method: ["POST"],
    matcher: "/auth/coordinator/emailpass",
    middlewares: [guardCoordinatorSignIn],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/register",
    middlewares: [throttleAuthAttempts],
  },
]
