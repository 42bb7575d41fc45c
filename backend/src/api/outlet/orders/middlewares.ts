import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OutletReportConsignment } from "../consignment-reports/validators"
import { EmptyQuery, OutletListOrders, OutletPlaceOrder } from "./validators"

export const outletOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/outlet/orders", middlewares: [validateAndTransformQuery(OutletListOrders, {})] },
  { method: ["POST"], matcher: "/outlet/orders", middlewares: [validateAndTransformBody(OutletPlaceOrder)] },
  { method: ["GET"], matcher: "/outlet/orders/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/me", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/catalog", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignments", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformBody(OutletReportConsignment)] },
]
