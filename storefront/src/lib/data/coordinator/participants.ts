import "server-only"
import type { Participant } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeParticipant, type RawParticipant } from "./reshape"

/** Private data: shown only in the portal, never logged or put in page metadata. */
export async function listParticipants(cohortId: string): Promise<Participant[]> {
  const { participants } = await portalRead<{ participants: RawParticipant[] }>("/coordinator/participants", { cohort_id: cohortId })
  return participants.map(reshapeParticipant)
}
