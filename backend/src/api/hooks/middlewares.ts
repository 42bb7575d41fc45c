import type { MiddlewareRoute } from "@medusajs/framework/http"

// Signatures are computed over the exact bytes the provider sent: keep them
// (Medusa's core declares the same for this path; stated here since our route depends on it).
export const paymentHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    bodyParser: { preserveRawBody: true },
  },
]
