import type { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { useQuery, type UseQueryOptions } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

// Medusa's own route and shape; our key, so the dashboard's own sales-channel queries stay apart.
export const salesChannelQueryKey = queryKeysFactory("karya_sales_channel")

export const useSalesChannels = (
  query: { limit: number; fields: string },
  options?: Omit<UseQueryOptions<HttpTypes.AdminSalesChannelListResponse, FetchError>, "queryKey" | "queryFn">
) =>
  useQuery({
    queryKey: salesChannelQueryKey.list(query),
    queryFn: () => sdk.admin.salesChannel.list(query),
    ...options,
  })
