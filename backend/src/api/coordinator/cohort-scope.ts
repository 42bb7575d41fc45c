import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What every /coordinator/* route works within: the signed-in coordinator and the cohorts they hold. */
export type CoordinatorScope = { coordinator_id: string; cohort_ids: string[] }

export type CoordinatorRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  coordinator: CoordinatorScope
}

/** The one answer for "not your cohort": the same as for a cohort that doesn't exist. */
export const COHORT_NOT_FOUND = "Kohort tidak ditemukan"

// Never 403: another cohort's existence must not leak.
export const cohortNotFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, COHORT_NOT_FOUND)

/** Said to a coordinator whose access an operator revoked, at sign-in and on every /coordinator route. */
export const ACCESS_REVOKED =
  "Akses koordinator Anda telah dicabut. Hubungi operator Karya Binaan. / Your coordinator access has been revoked. Contact the Karya Binaan operator."

/**
 * Whether the coordinator's access was revoked (status inactive), and the
 * cohorts they hold (coordinator ↔ cohort link). An unknown coordinator holds
 * none, so every cohort-scoped read comes back empty.
 */
export async function coordinatorAccess(scope: MedusaContainer, actorId: string): Promise<{ revoked: boolean; cohort_ids: string[] }> {
  if (!actorId) return { revoked: false, cohort_ids: [] }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [coordinator],
  } = await query.graph({
    entity: "coordinator",
    fields: ["id", "status", "cohorts.id"],
    filters: { id: actorId },
  })
  if (!coordinator) return { revoked: false, cohort_ids: [] }
  if (coordinator.status !== "active") return { revoked: true, cohort_ids: [] }
  return { revoked: false, cohort_ids: (coordinator.cohorts ?? []).flatMap((cohort: { id: string } | null) => (cohort ? [cohort.id] : [])) }
}

/**
 * Route middleware, after validation: 404 "Kohort tidak ditemukan" unless the
 * request's `cohort_id` (validated query or body) is one the coordinator holds.
 * `optional`: a missing cohort_id passes (the route then covers all held cohorts).
 */
export function requireOwnCohort(from: "query" | "body", { optional = false } = {}) {
  return (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const source = (from === "query" ? req.validatedQuery : req.validatedBody) as { cohort_id?: string } | undefined
    const cohortId = source?.cohort_id
    if (!cohortId && optional) return next()
    const held = (req as CoordinatorRequest).coordinator?.cohort_ids ?? []
    if (!cohortId || !held.includes(cohortId)) return next(cohortNotFound())
    next()
  }
}
