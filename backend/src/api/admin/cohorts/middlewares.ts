import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminCohortQueryConfig, retrieveAdminCohortQueryConfig } from "./query-config"
import {
  AdminCreateCohort,
  AdminGetCohortParams,
  AdminGetCohortsParams,
  AdminUpdateCohort,
} from "./validators"

export const adminCohortMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/cohorts",
    middlewares: [validateAndTransformQuery(AdminGetCohortsParams, listAdminCohortQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/cohorts",
    middlewares: [
      validateAndTransformBody(AdminCreateCohort),
      validateAndTransformQuery(AdminGetCohortParams, retrieveAdminCohortQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/cohorts/:id",
    middlewares: [validateAndTransformQuery(AdminGetCohortParams, retrieveAdminCohortQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/cohorts/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateCohort),
      validateAndTransformQuery(AdminGetCohortParams, retrieveAdminCohortQueryConfig),
    ],
  },
]
