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
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orderAllocationQueryKey.detail(orderId) }),
        // The dashboard's own order query ("orders" detail keys): its payments now carry captured_at,
        // which makes the Bagi hasil panel wait for the allocation.
        queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] }),
      ]),
  })
}
