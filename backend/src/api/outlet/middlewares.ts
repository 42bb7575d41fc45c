import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { buyerOutlet } from "../../lib/outlet/access"
import { OutletLocaleQuery } from "./catalog/validators"
import { OutletReportConsignment } from "./consignment-reports/validators"
import { EmptyQuery, OutletListOrders, OutletPlaceOrder } from "./orders/validators"

/**
 * Resolves the signed-in customer's outlet once, for every /outlet/* route:
 * a shopper (no outlet group) gets 403, and handlers read `req.outlet` rather
 * than checking ownership themselves.
 */
async function scopeToOutlet(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const outlet = await buyerOutlet(req.scope, req.auth_context?.actor_id ?? "")
  if (!outlet) {
    res.status(403).json({ type: "not_allowed", message: "Akun ini bukan akun pembeli outlet mitra" })
    return
  }
  Object.assign(req, { outlet })
  next()
}

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
  { method: ["GET"], matcher: "/outlet/me", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["GET"], matcher: "/outlet/catalog", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignments", middlewares: [validateAndTransformQuery(OutletLocaleQuery, {})] },
  { method: ["GET"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/outlet/consignment-reports", middlewares: [validateAndTransformBody(OutletReportConsignment)] },
]
