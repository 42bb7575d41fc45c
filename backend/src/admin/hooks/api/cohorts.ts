import type { AdminCohortListResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useQuery, type UseQueryOptions } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const cohortQueryKey = queryKeysFactory("karya_cohort")

export const useCohorts = (
  query: { limit: number; fields: string },
  options?: Omit<UseQueryOptions<AdminCohortListResponse, FetchError>, "queryKey" | "queryFn">
) =>
  useQuery({
    queryKey: cohortQueryKey.list(query),
    queryFn: () => sdk.client.fetch<AdminCohortListResponse>("/admin/cohorts", { query }),
    ...options,
  })
