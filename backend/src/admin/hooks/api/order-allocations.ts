import type { OrderAllocationResponse } from "@karya-binaan/contract"
import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const orderAllocationQueryKey = queryKeysFactory("karya_order_allocation")

/**
 * How an order's revenue was shared. Read again whenever the order page opens:
 * the allocation is written by a subscriber after capture, behind the Admin's back.
 */
export const useOrderAllocation = (orderId: string) =>
  useQuery({
    queryKey: orderAllocationQueryKey.detail(orderId),
    queryFn: () => sdk.client.fetch<OrderAllocationResponse>(`/admin/orders/${orderId}/revenue-shares`),
    staleTime: 0,
  })
