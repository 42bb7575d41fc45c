import type {
  AdminPayoutRunListResponse,
  AdminPayoutRunResponse,
  AdminRunPayoutResponse,
  PayoutStatementResponse,
  PayoutStatementWithLinesResponse,
} from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const payoutRunQueryKey = queryKeysFactory("karya_payout_run")
export const payoutStatementQueryKey = queryKeysFactory("karya_payout_statement")

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError>, "queryKey" | "queryFn">

export const usePayoutRuns = (query: { limit: number }) =>
  useQuery({
    queryKey: payoutRunQueryKey.list(query),
    queryFn: () => sdk.client.fetch<AdminPayoutRunListResponse>("/admin/payouts", { query }),
  })

/** One run with its statements; `enabled` waits until the operator opens it. */
export const usePayoutRun = (id: string, options?: QueryOptions<AdminPayoutRunResponse>) =>
  useQuery({
    queryKey: payoutRunQueryKey.detail(id),
    queryFn: () => sdk.client.fetch<AdminPayoutRunResponse>(`/admin/payouts/${id}`),
    ...options,
  })

/** Runs a payout for a month; resolves once the run list has been read again. */
export const useRunPayout = () => {
  const queryClient = useQueryClient()
  return useMutation<AdminRunPayoutResponse, FetchError, { period: string }>({
    mutationFn: (body) => sdk.client.fetch<AdminRunPayoutResponse>("/admin/payouts", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payoutRunQueryKey.lists() }),
  })
}

export const usePayoutStatement = (id: string) =>
  useQuery({
    queryKey: payoutStatementQueryKey.detail(id),
    queryFn: () => sdk.client.fetch<PayoutStatementWithLinesResponse>(`/admin/payout-statements/${id}`),
  })

/** Records the facility's payment; the statement and the runs' paid counts are read again. */
export const useMarkStatementPaid = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation<PayoutStatementResponse, FetchError, { reference: string; paid_at: string }>({
    mutationFn: (body) => sdk.client.fetch<PayoutStatementResponse>(`/admin/payout-statements/${id}/mark-paid`, { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: payoutStatementQueryKey.detail(id) }),
        queryClient.invalidateQueries({ queryKey: payoutRunQueryKey.all }),
      ]),
  })
}
