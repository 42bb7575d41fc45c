import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RevenueShareRule } from "@karya-binaan/contract"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { isOutletChannel } from "../../../modules/revenue-share/rules"

/** A rule with its scope's names, in one query: cohort and sales channel through read-only links (links/revenue-share-rule-*). */
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
]

// By scope (the default, with no cohort or channel, first), newest version of a scope first; id keeps pages stable.
const RULE_ORDER = { cohort_id: "ASC NULLS FIRST", sales_channel_id: "ASC NULLS FIRST", version: "DESC", id: "ASC" }

type RuleRow = Omit<RevenueShareRule, "used" | "cohort" | "sales_channel"> & {
  cohort?: { id: string; name: string } | null
  sales_channel?: { id: string; name: string; metadata?: Record<string, unknown> | null } | null
}

/**
 * Rules as operators read them: each with its scope's names (cohort, channel,
 * whether the channel is an outlet) and `used` (it allocated something, so it
 * can no longer be edited, asked of the ledger once for the whole page),
 * newest version of a scope first. Without `take`, every matching rule.
 */
export async function listRuleViews(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  page: { skip?: number; take?: number } = {}
): Promise<{ rules: RevenueShareRule[]; count: number }> {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "revenue_share_rule",
    fields: RULE_FIELDS,
    filters,
    pagination: { ...page, order: RULE_ORDER },
  })
  const rows = data as RuleRow[]
  const inUse = await scope.resolve<LedgerModuleService>(LEDGER_MODULE).rulesInUse(rows.map((r) => r.id))
  const rules = rows.map(({ cohort, sales_channel, ...rule }) => ({
    ...rule,
    used: inUse.has(rule.id),
    cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
    sales_channel: sales_channel ? { id: sales_channel.id, name: sales_channel.name, is_outlet: isOutletChannel(sales_channel.metadata) } : null,
  }))
  return { rules, count: metadata?.count ?? rules.length }
}

export async function ruleView(scope: MedusaContainer, id: string): Promise<RevenueShareRule> {
  const {
    rules: [rule],
  } = await listRuleViews(scope, { id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aturan bagi hasil ${id} tidak ditemukan.`)
  return rule
}
