import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SearchLocale, StoreSearchParams } from "./validators"

/** Refuses a language the catalog is not searchable in, rather than answering in Indonesian as if asked. */
function validateSearchLocale(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = SearchLocale.safeParse(req.locale)
  if (!parsed.success) return next(new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message))
  next()
}

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/search",
    middlewares: [validateSearchLocale, validateAndTransformQuery(StoreSearchParams, {})],
  },
]
