import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { OutletLocaleQuery } from "./catalog/validators"
import { OutletReportConsignment } from "./consignment-reports/validators"
import { EmptyQuery, OutletListOrders, OutletPlaceOrder } from "./orders/validators"
import { OutletCollectPickup, OutletListPickups } from "./pickups/validators"
import { scopeToOutlet } from "./scope"
import { SendMakerNote } from "../utils/maker-note"

/**
 * Buyers are Medusa customers (emailpass). Declared once, with no method, so
 * authentication runs before any route's validation: anonymous callers get 401.
 * `app.use("/outlet")` matches /outlet/... but not /outlet-invites.
 */
export const outletAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/outlet",
    middlewares: [authenticate("customer", ["bearer", "session"]), scopeToOutlet],
  },
]

/** Query and body validation of every /outlet/* route (after authentication and scoping). */
export const outletRouteMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/outlet/orders", middlewares: [validateAndTransformQuery(OutletListOrders, {})] },
  { method: ["POST"], matcher: "/outlet/orders", middlewares: [validateAndTransformBody(OutletPlaceOrder)] },
  { method: ["GET"], matcher: "/outlet/orders/:id", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["GET"], matcher: "/outlet/orders/:id/notes", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["POST"], matcher: "/outlet/orders/:id/notes", middlewares: [validateAndTransformBody(SendMakerNote)] },
  { method: ["GET"], matcher: "/outlet/me", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/catalog", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["GET"], matcher: "/outlet/delivery-options", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignments", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformBody(OutletReportConsignment)] },
  { method: ["GET"], matcher: "/outlet/pickups", middlewares: [validateAndTransformQuery(OutletListPickups, {})] },
  { method: ["GET"], matcher: "/outlet/pickups/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/outlet/pickups/:id/collect", middlewares: [validateAndTransformBody(OutletCollectPickup)] },
]
