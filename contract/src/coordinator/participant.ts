import type { DateTime } from "../common/date-time"

/** A participant by pseudonymous code; the display name is the coordinator's private note. */
export type CoordinatorParticipant = {
  id: string
  code: string
  display_name: string | null
  active: boolean
  cohort_id: string
  created_at: DateTime
}

export type CoordinatorParticipantResponse = { participant: CoordinatorParticipant }
export type CoordinatorParticipantListResponse = { participants: CoordinatorParticipant[] }
