import type { AdminCoordinatorInviteListResponse, InviteResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const coordinatorInviteQueryKey = queryKeysFactory("karya_coordinator_invite")

/** Invitations not accepted yet (expired ones too). */
export const useCoordinatorInvites = () =>
  useQuery<AdminCoordinatorInviteListResponse, FetchError>({
    queryKey: coordinatorInviteQueryKey.list(),
    queryFn: () => sdk.client.fetch<AdminCoordinatorInviteListResponse>("/admin/coordinator-invites"),
  })

/** Invites a coordinator for some cohorts; the server emails the sign-up link. */
export const useInviteCoordinator = () => {
  const client = useQueryClient()
  return useMutation<InviteResponse, FetchError, { email: string; name?: string; cohort_ids: string[] }>({
    mutationFn: (body) => sdk.client.fetch<InviteResponse>("/admin/coordinator-invites", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: coordinatorInviteQueryKey.lists() }),
  })
}

/** Sends a pending invitation again with a new link (the old link stops working). */
export const useResendCoordinatorInvite = () => {
  const client = useQueryClient()
  return useMutation<InviteResponse, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch<InviteResponse>(`/admin/coordinator-invites/${id}/resend`, { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: coordinatorInviteQueryKey.lists() }),
  })
}
