import "server-only"
import type { CoordinatorParticipantListResponse } from "@karya-binaan/contract"
import type { Participant } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeParticipant } from "./reshape"

/** Private data: shown only in the portal, never logged or put in page metadata. */
export async function listParticipants(cohortId: string): Promise<Participant[]> {
  const { participants } = await portalRead<CoordinatorParticipantListResponse>("/coordinator/participants", { cohort_id: cohortId })
  return participants.map(reshapeParticipant)
}
