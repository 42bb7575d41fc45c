import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateRevenueShareRule,
  AdminCreateRevenueShareRuleVersion,
  AdminGetRevenueShareRuleParams,
  AdminGetRevenueShareRulesParams,
  AdminUpdateRevenueShareRule,
} from "./validators"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminRevenueShareRuleMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/revenue-share-rules", middlewares: [validateAndTransformQuery(AdminGetRevenueShareRulesParams, {})] },
  { method: ["POST"], matcher: "/admin/revenue-share-rules", middlewares: [validateAndTransformBody(AdminCreateRevenueShareRule)] },
  { method: ["GET"], matcher: "/admin/revenue-share-rules/:id", middlewares: [validateAndTransformQuery(AdminGetRevenueShareRuleParams, {})] },
  { method: ["POST"], matcher: "/admin/revenue-share-rules/:id", middlewares: [validateAndTransformBody(AdminUpdateRevenueShareRule)] },
  {
    method: ["POST"],
    matcher: "/admin/revenue-share-rules/:id/versions",
    middlewares: [validateAndTransformBody(AdminCreateRevenueShareRuleVersion)],
  },
]
