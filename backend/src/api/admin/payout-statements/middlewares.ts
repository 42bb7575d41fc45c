import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { MarkStatementPaid, NoQuery } from "./validators"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminPayoutStatementMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payout-statements/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["GET"], matcher: "/admin/payout-statements/:id/csv", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/payout-statements/:id/mark-paid", middlewares: [validateAndTransformBody(MarkStatementPaid)] },
]
