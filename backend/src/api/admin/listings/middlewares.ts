import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetListings, AdminRejectListing, EmptyBody } from "./validators"

// Operator-only by living under /admin (Medusa's user authentication).
export const adminListingMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/listings", middlewares: [validateAndTransformQuery(AdminGetListings, {})] },
  { method: ["POST"], matcher: "/admin/listings/:product_id/publish", middlewares: [validateAndTransformBody(EmptyBody)] },
  { method: ["POST"], matcher: "/admin/listings/:product_id/reject", middlewares: [validateAndTransformBody(AdminRejectListing)] },
]
