import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAllocateOrderRevenue, AdminGetOrderRevenueShares } from "./validators"

export const adminOrderRevenueShareMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/orders/:id/revenue-shares", middlewares: [validateAndTransformQuery(AdminGetOrderRevenueShares, {})] },
  { method: ["POST"], matcher: "/admin/orders/:id/revenue-shares", middlewares: [validateAndTransformBody(AdminAllocateOrderRevenue)] },
]
