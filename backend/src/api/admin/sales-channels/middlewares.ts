import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clearCachedReads } from "../../../lib/cached-read"

/**
 * Adding products to a sales channel or taking them out (the Admin's channel
 * page, and how a partner outlet's range is chosen) runs Medusa's
 * linkProductsToSalesChannelWorkflow, which emits no event: the store's cached
 * channel lookups (api/store/products/lookup-cache.ts) would keep the
 * old range until their TTL. The store cache is dropped once the change
 * answered, as the catalog events do.
 */
function clearStoreCacheAfterChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    clearCachedReads(req.scope, ["*"]).catch((error: Error) =>
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Store cache not cleared after a sales channel's products changed: ${error.message}`)
    )
  })
  next()
}

export const adminSalesChannelMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/sales-channels/:id/products", middlewares: [clearStoreCacheAfterChange] },
]
