import type { AdminOutletInvoicePaidResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { orderAllocationQueryKey } from "./order-allocations"

/** Marks an outlet invoice paid, which captures the payment (revenue shares follow). */
export const useMarkOutletInvoicePaid = (orderId: string) => {
  const queryClient = useQueryClient()
  return useMutation<AdminOutletInvoicePaidResponse, FetchError, { reference: string }>({
    mutationFn: (body) => sdk.client.fetch<AdminOutletInvoicePaidResponse>(`/admin/outlet-orders/${orderId}/mark-paid`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orderAllocationQueryKey.detail(orderId) }),
  })
}
