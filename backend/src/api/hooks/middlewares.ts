import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { MidtransNotification } from "./midtrans/validators"

// Signatures are computed over the exact bytes the provider sent: keep them
// (Medusa's core declares the same for this path; stated here since our route depends on it).
export const paymentHookMiddlewares: MiddlewareRoute[] = [
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
    middlewares: [validateAndTransformBody(MidtransNotification)],
  },
]
