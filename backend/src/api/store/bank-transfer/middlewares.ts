import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

// Nothing to ask for; `locale` is tolerated since the storefront's SDK may add it.
export const StoreGetBankTransferParams = z.object({ locale: z.string().optional() }).strict()

export const storeBankTransferMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/bank-transfer",
    middlewares: [validateAndTransformQuery(StoreGetBankTransferParams, {})],
  },
]
