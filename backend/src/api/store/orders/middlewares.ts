import { allowFields, authenticate, validateAndTransformBody, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_NOT_FOUND_MESSAGE } from "../order-lookup/lookup-order"
import { OrderNotesQuery, SendMakerNote } from "../../utils/maker-note"
import { hasOrderAccess, ORDER_ACCESS_HEADER } from "./order-access"

type AuthedRequest = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }

/**
 * Medusa's `GET /store/orders/:id` answers anyone holding the id with the
 * buyer's email, phone, address and prices. Only these see it now: the
 * logged-in customer the order belongs to, and a browser holding the order's
 * access token (issued when its cart completed, or by a lookup with number
 * and email). Everyone else gets the 404 an unknown id gets, so a refusal
 * does not confirm the order exists.
 */
async function onlyTheOrdersBuyer(req: AuthedRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; customer_id?: string | null } | undefined
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const owner = !!order?.customer_id && order.customer_id === customerId
  if (order && (owner || hasOrderAccess(req.scope, order.id, req.get(ORDER_ACCESS_HEADER)))) return next()
  throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND_MESSAGE)
}

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    // A login is optional here (a guest proves the order with its token), so
    // an absent or invalid one is not refused by itself.
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), onlyTheOrdersBuyer],
  },
  {
    // A thank-you note to the order's cohort: the same buyers as above, the same 404 for anyone else.
    method: ["GET", "POST"],
    matcher: "/store/orders/:id/notes",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      onlyTheOrdersBuyer,
    ],
  },
  { method: ["GET"], matcher: "/store/orders/:id/notes", middlewares: [validateAndTransformQuery(OrderNotesQuery, {})] },
  { method: ["POST"], matcher: "/store/orders/:id/notes", middlewares: [validateAndTransformBody(SendMakerNote)] },
  {
    // Medusa 2.21 ignores `+metadata` on this route; the order pages read the
    // chosen pickup outlet from it (metadata.pickup_outlet_id), and only the
    // buyer gets past the guard above. Without a method on purpose: Medusa runs
    // method-less middlewares before its own query validation, which reads the
    // allowed fields.
    matcher: "/store/orders/:id",
    middlewares: [allowFields("metadata")],
  },
]
