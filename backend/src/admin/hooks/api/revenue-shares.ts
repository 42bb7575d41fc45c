import type { RevenueShareBucket, RevenueShareRuleListResponse, RevenueShareRuleResponse } from "@karya-binaan/contract"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

export const revenueShareRuleQueryKey = queryKeysFactory("karya_revenue_share_rule")

/** The route's largest page: the page shows every rule version, grouped by scope. */
const RULES_PAGE = 500

export const useRevenueShareRules = () =>
  useQuery({
    queryKey: revenueShareRuleQueryKey.list({ limit: RULES_PAGE }),
    queryFn: () => sdk.client.fetch<RevenueShareRuleListResponse>("/admin/revenue-share-rules", { query: { limit: RULES_PAGE } }),
  })

export type RuleVersionBody = { name: string; effective_from: string; buckets: RevenueShareBucket[] }
export type RuleBody = RuleVersionBody & { cohort_id: string | null; sales_channel_id: string | null }

/**
 * A rule for a new scope, or (with `baseRuleId`) the next version of that
 * rule's scope; resolves once the rules have been read again.
 */
export const useSaveRevenueShareRule = (baseRuleId?: string) => {
  const queryClient = useQueryClient()
  return useMutation<RevenueShareRuleResponse, FetchError, RuleBody | RuleVersionBody>({
    mutationFn: (body) =>
      sdk.client.fetch<RevenueShareRuleResponse>(
        baseRuleId ? `/admin/revenue-share-rules/${baseRuleId}/versions` : "/admin/revenue-share-rules",
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: revenueShareRuleQueryKey.lists() }),
  })
}
