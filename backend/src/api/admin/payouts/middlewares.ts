import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetPayouts, AdminRunPayout, NoQuery } from "./validators"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payouts", middlewares: [validateAndTransformQuery(AdminGetPayouts, {})] },
  { method: ["POST"], matcher: "/admin/payouts", middlewares: [validateAndTransformBody(AdminRunPayout)] },
  { method: ["GET"], matcher: "/admin/payouts/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
]
