import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MidtransNotification } from "./midtrans/validators"

/** A notification without the fields Midtrans always sends is a 400 naming them. */
function midtransNotificationShape(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = MidtransNotification.safeParse(req.body ?? {})
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not a Midtrans notification: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
  }
  next()
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  // Signatures are computed over the exact bytes the provider sent: keep them
  // (Medusa's core declares the same for this path; stated here since our route depends on it).
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    bodyParser: { preserveRawBody: true },
  },
  {
    // Midtrans signs fields of the JSON (order_id, status_code, gross_amount), not the bytes;
    // the raw body is kept anyway for logs and for the contract with the storefront's test stack.
    method: ["POST"],
    matcher: "/hooks/midtrans",
    bodyParser: { preserveRawBody: true },
    middlewares: [midtransNotificationShape],
  },
]
