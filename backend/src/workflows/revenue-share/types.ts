import type { RuleBucket } from "../../modules/revenue-share/allocation"

export type RuleScopeInput = { cohort_id: string | null; sales_channel_id: string | null }

export type CreateRuleInput = RuleScopeInput & { name: string; effective_from: Date; buckets: RuleBucket[] }

export type UpdateRuleInput = { id: string; name?: string; effective_from?: Date; buckets?: RuleBucket[] }

export type NewRuleVersionInput = { rule_id: string; name?: string; effective_from: Date; buckets: RuleBucket[] }
