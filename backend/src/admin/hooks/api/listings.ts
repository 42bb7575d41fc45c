import type { AdminListingDecisionResponse, AdminListingListResponse, ListingState } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const listingQueryKey = queryKeysFactory("karya_listing")

export const useListings = (query: { state: ListingState; limit: number }) =>
  useQuery({
    queryKey: listingQueryKey.list(query),
    queryFn: () => sdk.client.fetch<AdminListingListResponse>("/admin/listings", { query }),
  })

export type ListingDecision = { action: "publish" } | { action: "reject"; reason: string }

/** Publishes a listing or sends it back with a reason; resolves once the queue has been read again. */
export const useDecideListing = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminListingDecisionResponse, FetchError, ListingDecision>({
    mutationFn: (decision) =>
      sdk.client.fetch<AdminListingDecisionResponse>(`/admin/listings/${productId}/${decision.action}`, {
        method: "POST",
        body: decision.action === "reject" ? { reason: decision.reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listingQueryKey.lists() }),
  })
}
