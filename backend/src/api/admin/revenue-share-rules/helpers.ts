import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RevenueShareRule } from "@karya-binaan/contract"
import { isOutletChannel } from "../../../modules/revenue-share/rules"

/**
 * A rule with its scope's names and whether it allocated anything, in one
 * query: cohort, sales channel and ledger entries through read-only links
 * (links/revenue-share-rule-*).
 */
const RULE_FIELDS = [
  "id",
  "cohort_id",
  "sales_channel_id",
  "name",
  "version",
  "effective_from",
  "created_at",
  "buckets.code",
  "buckets.basis_points",
  "cohort.id",
  "cohort.name",
  "sales_channel.id",
  "sales_channel.name",
  "sales_channel.metadata",
  "ledger_entries.id",
]

type RuleRow = Omit<RevenueShareRule, "used" | "cohort" | "sales_channel"> & {
  cohort?: { id: string; name: string } | null
  sales_channel?: { id: string; name: string; metadata?: Record<string, unknown> | null } | null
  ledger_entries?: ({ id: string } | null)[] | null
}

/**
 * Rules as operators read them: each with its scope's names (cohort, channel,
 * whether the channel is an outlet) and `used` (it allocated something, so it
 * can no longer be edited), newest version of a scope first.
 */
export async function listRuleViews(scope: MedusaContainer, filters: Record<string, unknown>): Promise<RevenueShareRule[]> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "revenue_share_rule", fields: RULE_FIELDS, filters })
  return (data as RuleRow[])
    .map(({ cohort, sales_channel, ledger_entries, ...rule }) => ({
      ...rule,
      used: (ledger_entries ?? []).some(Boolean),
      cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
      sales_channel: sales_channel ? { id: sales_channel.id, name: sales_channel.name, is_outlet: isOutletChannel(sales_channel.metadata) } : null,
    }))
    .sort((a, b) => (a.cohort_id ?? "").localeCompare(b.cohort_id ?? "") || (a.sales_channel_id ?? "").localeCompare(b.sales_channel_id ?? "") || b.version - a.version)
}

export async function ruleView(scope: MedusaContainer, id: string): Promise<RevenueShareRule> {
  const [rule] = await listRuleViews(scope, { id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aturan bagi hasil ${id} tidak ditemukan.`)
  return rule
}
