import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreOrderLookup } from "./validators"

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/order-lookup",
    middlewares: [validateAndTransformBody(StoreOrderLookup)],
  },
]
