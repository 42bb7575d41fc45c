import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The one answer for "not your cohort": the same as for a cohort that doesn't exist. */
export const COHORT_NOT_FOUND = "Kohort tidak ditemukan"

/**
 * The cohorts a coordinator holds (coordinator ↔ cohort link). An inactive or
 * unknown coordinator holds none, so every cohort-scoped read comes back empty.
 */
export async function coordinatorCohortIds(scope: MedusaContainer, actorId: string): Promise<string[]> {
  if (!actorId) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [coordinator],
  } = await query.graph({
    entity: "coordinator",
    fields: ["id", "status", "cohorts.id"],
    filters: { id: actorId },
  })
  if (!coordinator || coordinator.status !== "active") return []
  return (coordinator.cohorts ?? []).flatMap((cohort: { id: string } | null) => (cohort ? [cohort.id] : []))
}

/**
 * Throws 404 "Kohort tidak ditemukan" unless the signed-in coordinator holds the
 * cohort. Never 403: another cohort's existence must not leak.
 */
export async function assertCohortAccess(req: AuthenticatedMedusaRequest, cohortId: string): Promise<void> {
  const ids = await coordinatorCohortIds(req.scope, req.auth_context?.actor_id ?? "")
  if (!cohortId || !ids.includes(cohortId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, COHORT_NOT_FOUND)
  }
}
