import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ACCESS_REVOKED, coordinatorAccess } from "./cohort-scope"

/**
 * Resolves the signed-in coordinator's cohorts once, for every /coordinator/*
 * route: handlers read `req.coordinator.cohort_ids` (and `requireOwnCohort`
 * guards a `cohort_id` parameter) rather than looking ownership up themselves.
 * A coordinator whose access an operator revoked gets 401 on every route, with
 * a token or session issued before the revocation too.
 */
async function scopeToCoordinator(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const coordinatorId = req.auth_context?.actor_id ?? ""
  try {
    const access = await coordinatorAccess(req.scope, coordinatorId)
    if (access.revoked) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, ACCESS_REVOKED))
    Object.assign(req, { coordinator: { coordinator_id: coordinatorId, cohort_ids: access.cohort_ids } })
  } catch (error) {
    // Express 4 does not catch a rejected middleware: hand the error to the error handler.
    return next(error)
  }
  next()
}

/**
 * Every /coordinator/* route needs a signed-in coordinator (auth actor type
 * `coordinator`, emailpass). Declared once here, with no method, so Express
 * mounts it before any route's own body/query validation: an anonymous caller
 * gets 401, never a validation error that would hint at the route's shape.
 * `app.use("/coordinator")` matches /coordinator/... but not /coordinator-invites.
 */
export const coordinatorAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/coordinator",
    middlewares: [authenticate("coordinator", ["bearer", "session"]), scopeToCoordinator],
  },
]
