import type { UnplacedPaymentListResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const unplacedPaymentQueryKey = queryKeysFactory("karya_unplaced_payment")

/** Midtrans payments refunded because their cart placed no order, newest first. */
export const useUnplacedPayments = (query: { limit: number; offset: number }) =>
  useQuery<UnplacedPaymentListResponse, FetchError>({
    queryKey: unplacedPaymentQueryKey.list(query),
    queryFn: () => sdk.client.fetch<UnplacedPaymentListResponse>("/admin/unplaced-payments", { query }),
    placeholderData: keepPreviousData,
  })
