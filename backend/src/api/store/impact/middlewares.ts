import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreImpactParams } from "../../utils/impact-schemas"

export const storeImpactMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/impact", middlewares: [validateAndTransformQuery(StoreImpactParams, {})] },
]
