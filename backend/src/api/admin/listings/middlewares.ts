import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRejectListing, EmptyBody } from "./validators"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminListingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/listings/:product_id/publish", middlewares: [validateAndTransformBody(EmptyBody)] },
  { method: ["POST"], matcher: "/admin/listings/:product_id/reject", middlewares: [validateAndTransformBody(AdminRejectListing)] },
]
