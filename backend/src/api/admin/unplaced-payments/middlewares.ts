import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetUnplacedPaymentsParams } from "./validators"

export const adminUnplacedPaymentMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/unplaced-payments", middlewares: [validateAndTransformQuery(AdminGetUnplacedPaymentsParams, {})] },
]
