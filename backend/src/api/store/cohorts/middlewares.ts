import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listStoreCohortQueryConfig, retrieveStoreCohortQueryConfig } from "./query-config"
import { StoreGetCohortNotesParams, StoreGetCohortParams, StoreGetCohortsParams } from "./validators"

export const storeCohortMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/cohorts",
    middlewares: [validateAndTransformQuery(StoreGetCohortsParams, listStoreCohortQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/cohorts/:handle",
    middlewares: [validateAndTransformQuery(StoreGetCohortParams, retrieveStoreCohortQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/cohorts/:handle/notes",
    middlewares: [validateAndTransformQuery(StoreGetCohortNotesParams, {})],
  },
]
