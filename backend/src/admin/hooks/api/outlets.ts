import type { AdminOutletListResponse, ConsignmentPlacementResponse, ConsignmentStockListResponse, InviteResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const outletQueryKey = queryKeysFactory("karya_outlet")
export const consignmentQueryKey = queryKeysFactory("karya_consignment")

export const useOutlets = () =>
  useQuery({
    queryKey: outletQueryKey.list(),
    queryFn: () => sdk.client.fetch<AdminOutletListResponse>("/admin/outlets"),
  })

/** Invites a buyer for the outlet; the server emails the sign-up link (no list to refresh). */
export const useInviteOutletBuyer = (outletId: string) =>
  useMutation<InviteResponse, FetchError, { email: string; name?: string }>({
    mutationFn: (body) => sdk.client.fetch<InviteResponse>(`/admin/outlets/${outletId}/invites`, { method: "POST", body }),
  })

/** What is consigned at the outlet, placement by placement. */
export const useOutletConsignments = (outletId: string) =>
  useQuery({
    queryKey: consignmentQueryKey.list({ outlet_id: outletId }),
    queryFn: () => sdk.client.fetch<ConsignmentStockListResponse>(`/admin/outlets/${outletId}/consignments`),
  })

/** Sends a placement's unsold units back to the cohort; resolves once the consignments have been read again. */
export const useReturnConsignment = () => {
  const queryClient = useQueryClient()
  return useMutation<ConsignmentPlacementResponse, FetchError, { placement_id: string; quantity: number }>({
    mutationFn: ({ placement_id, quantity }) =>
      sdk.client.fetch<ConsignmentPlacementResponse>(`/admin/consignments/${placement_id}/return`, { method: "POST", body: { quantity } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consignmentQueryKey.lists() }),
  })
}
