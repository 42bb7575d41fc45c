import type { AdminParticipantListResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import { impactFiguresQueryKey } from "./impact"

export const participantQueryKey = queryKeysFactory("karya_participant")

/** GET /admin/participants' query; empty filters are left out by the caller. */
export type ParticipantQuery = { cohort_id?: string; status?: string; q?: string; limit: number; offset: number }

/** Participants by code with their impact profile and cohort (never a name). */
export const useParticipants = (query: ParticipantQuery) =>
  useQuery<AdminParticipantListResponse, FetchError>({
    queryKey: participantQueryKey.list(query),
    queryFn: () => sdk.client.fetch<AdminParticipantListResponse>("/admin/participants", { query }),
    // Keeps the rows on screen while a new filter or page loads.
    placeholderData: keepPreviousData,
  })

type Moved = { participant: { id: string; code: string; cohort_id: string } }

/** Moves a released participant (or a klien) to a Bapas cohort: same code, same history. The list and the figures are read again. */
export const useMoveParticipant = () => {
  const client = useQueryClient()
  return useMutation<Moved, FetchError, { id: string; cohort_id: string }>({
    mutationFn: ({ id, cohort_id }) => sdk.client.fetch<Moved>(`/admin/participants/${id}/move`, { method: "POST", body: { cohort_id } }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: participantQueryKey.all }),
        client.invalidateQueries({ queryKey: impactFiguresQueryKey.all }),
      ]),
  })
}
