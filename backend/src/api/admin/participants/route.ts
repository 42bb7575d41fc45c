import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminParticipant, AdminParticipantListResponse } from "@karya-binaan/contract"
import type { AdminListParticipantsParamsType } from "../../utils/impact-schemas"

// The code and the impact profile: never the display name (the coordinator's private note).
const LIST_FIELDS = ["id", "code", "cohort_id", "status", "area", "joined_on", "left_on"]

/**
 * Participants with their impact profile and cohort, by code, for the Admin's
 * participants page (Dampak → Peserta), where a released one is moved to Bapas.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListParticipantsParamsType>,
  res: MedusaResponse<AdminParticipantListResponse>
) => {
  const { cohort_id, status, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (cohort_id) filters.cohort_id = cohort_id
  if (status) filters.status = status
  // q holds only letters, digits and hyphens (the validator): no LIKE wildcard of the caller's.
  if (q) filters.code = { $ilike: `%${q}%` }
  const { data, metadata } = await query.graph({
    entity: "participant",
    fields: LIST_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { code: "ASC" } },
  })
  const cohortIds = [...new Set(data.map((p) => p.cohort_id as string))]
  const cohorts = cohortIds.length
    ? (await query.graph({ entity: "cohort", fields: ["id", "name", "facility_type"], filters: { id: cohortIds } })).data
    : []
  const byId = new Map(cohorts.map((c) => [c.id as string, c]))
  const participants: AdminParticipant[] = data.map((p) => {
    const cohort = byId.get(p.cohort_id)
    return {
      id: p.id,
      code: p.code,
      status: p.status,
      area: p.area ?? null,
      joined_on: p.joined_on ?? null,
      left_on: p.left_on ?? null,
      cohort: { id: p.cohort_id, name: cohort?.name ?? null, facility_type: cohort?.facility_type ?? null },
    }
  })
  res.json({ participants, count: metadata?.count ?? participants.length, limit, offset })
}
