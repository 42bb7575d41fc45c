import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { EmptyQuery, OutletListOrders, OutletPlaceOrder } from "./validators"

export const outletOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/outlet/orders", middlewares: [validateAndTransformQuery(OutletListOrders, {})] },
  { method: ["POST"], matcher: "/outlet/orders", middlewares: [validateAndTransformBody(OutletPlaceOrder)] },
  { method: ["GET"], matcher: "/outlet/orders/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/me", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/catalog", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
]
