import type { ImpactArea, ParticipantStatus } from "../common/impact"
import type { PaginatedResponse } from "../common/list"

/**
 * A participant on the Admin's participants page (Dampak → Peserta): the
 * pseudonymous code and the impact profile, never a name; the cohort they
 * belong to now, with its facility type (a Bapas cohort is where a released
 * participant who keeps producing moves to).
 */
export type AdminParticipant = {
  id: string
  code: string
  status: ParticipantStatus
  /** null: the cohort's area. */
  area: ImpactArea | null
  /** Calendar days in Jakarta, "2026-06-01". */
  joined_on: string | null
  left_on: string | null
  cohort: { id: string; name: string | null; facility_type: "lapas" | "rutan" | "bapas" | null }
}

export type AdminParticipantListResponse = PaginatedResponse & { participants: AdminParticipant[] }
