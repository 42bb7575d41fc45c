import type { OrderAllocationResponse } from "@karya-binaan/contract"
import { useQuery } from "@tanstack/react-query"
import { ALLOCATION_POLL_MS, allocationPending } from "../../lib/order-payment"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const orderAllocationQueryKey = queryKeysFactory("karya_order_allocation")

/**
 * How an order's revenue was shared. Read again whenever the order page opens,
 * and polled after a capture until the subscriber has allocated it: the
 * dashboard refetches the order after "Ambil pembayaran", which hands us
 * `capturedAt`, but knows nothing of our ledger.
 */
export const useOrderAllocation = (orderId: string, capturedAt: Date | null) =>
  useQuery({
    queryKey: orderAllocationQueryKey.detail(orderId),
    queryFn: () => sdk.client.fetch<OrderAllocationResponse>(`/admin/orders/${orderId}/revenue-shares`),
    staleTime: 0,
    refetchInterval: (query) => (allocationPending(query.state.data, capturedAt) ? ALLOCATION_POLL_MS : false),
  })
