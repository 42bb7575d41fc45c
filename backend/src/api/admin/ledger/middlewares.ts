import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetLedgerEntriesParams } from "./entries/validators"

export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ledger/entries", middlewares: [validateAndTransformQuery(AdminGetLedgerEntriesParams, {})] },
]
