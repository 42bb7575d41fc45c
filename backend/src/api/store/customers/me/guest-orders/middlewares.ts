import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGuestOrdersQuery, StoreRequestGuestOrderTransfers } from "./validators"

// Medusa's own `/store/customers/me*` middleware already requires a logged-in customer.
export const storeGuestOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/guest-orders",
    middlewares: [validateAndTransformQuery(StoreGuestOrdersQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/guest-orders",
    middlewares: [validateAndTransformBody(StoreRequestGuestOrderTransfers)],
  },
]
