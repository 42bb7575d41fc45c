import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PlaceConsignment, ReturnConsignment } from "./consignment-validators"
import { AdminCreateOutlet, AdminInviteOutletBuyer, AdminMarkInvoicePaid, EmptyQuery } from "./validators"

// /admin routes are already behind Medusa's operator (user) authentication.
export const adminOutletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/outlets", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/admin/outlets", middlewares: [validateAndTransformBody(AdminCreateOutlet)] },
  { method: ["GET"], matcher: "/admin/outlets/:id", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/admin/outlets/:id/invites", middlewares: [validateAndTransformBody(AdminInviteOutletBuyer)] },
  { method: ["POST"], matcher: "/admin/outlet-orders/:id/mark-paid", middlewares: [validateAndTransformBody(AdminMarkInvoicePaid)] },
  { method: ["GET"], matcher: "/admin/outlets/:id/consignments", middlewares: [validateAndTransformQuery(EmptyQuery, {})] },
  { method: ["POST"], matcher: "/admin/outlets/:id/consignments", middlewares: [validateAndTransformBody(PlaceConsignment)] },
  { method: ["POST"], matcher: "/admin/consignments/:id/return", middlewares: [validateAndTransformBody(ReturnConsignment)] },
]
