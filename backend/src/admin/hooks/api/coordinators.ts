import type { AdminCoordinatorListResponse, AdminCoordinatorResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const coordinatorQueryKey = queryKeysFactory("karya_coordinator")

/** Every coordinator with cohorts, status and last sign-in. */
export const useCoordinators = () =>
  useQuery<AdminCoordinatorListResponse, FetchError>({
    queryKey: coordinatorQueryKey.list(),
    queryFn: () => sdk.client.fetch<AdminCoordinatorListResponse>("/admin/coordinators"),
  })

/** Revokes a coordinator's access; their cohorts' data stays. */
export const useRevokeCoordinator = () => {
  const client = useQueryClient()
  return useMutation<AdminCoordinatorResponse, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch<AdminCoordinatorResponse>(`/admin/coordinators/${id}/revoke`, { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: coordinatorQueryKey.lists() }),
  })
}
