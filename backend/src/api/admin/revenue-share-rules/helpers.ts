import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isOutletChannel } from "../../../modules/revenue-share/rules"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"

const RULE_FIELDS = ["id", "cohort_id", "sales_channel_id", "name", "version", "effective_from", "created_at", "buckets.code", "buckets.basis_points"]

type RuleRow = { id: string; name: string; version: number; effective_from: Date; cohort_id: string | null; sales_channel_id: string | null; buckets: { code: string; basis_points: number }[] }

/**
 * Rules as operators read them: each with its scope's names (cohort, channel,
 * whether the channel is an outlet) and `used` (it allocated something, so it
 * can no longer be edited), newest version of a scope first.
 */
export async function listRuleViews(scope: MedusaContainer, filters: Record<string, unknown>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "revenue_share_rule", fields: RULE_FIELDS, filters })
  const rules = data as RuleRow[]
  const ids = rules.map((r) => r.id)
  const used = new Set(
    ids.length ? (await scope.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ rule_id: ids }, { select: ["rule_id"] })).map((e) => e.rule_id) : []
  )
  const cohortIds = [...new Set(rules.flatMap((r) => (r.cohort_id ? [r.cohort_id] : [])))]
  const channelIds = [...new Set(rules.flatMap((r) => (r.sales_channel_id ? [r.sales_channel_id] : [])))]
  const cohorts = cohortIds.length ? (await query.graph({ entity: "cohort", fields: ["id", "name"], filters: { id: cohortIds } })).data : []
  const channels = channelIds.length ? await scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: channelIds }, { select: ["id", "name", "metadata"] }) : []
  return rules
    .map((r) => {
      const cohort = cohorts.find((c: { id: string }) => c.id === r.cohort_id)
      const channel = channels.find((c) => c.id === r.sales_channel_id)
      return {
        ...r,
        used: used.has(r.id),
        cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
        sales_channel: channel ? { id: channel.id, name: channel.name, is_outlet: isOutletChannel(channel.metadata) } : null,
      }
    })
    .sort((a, b) => (a.cohort_id ?? "").localeCompare(b.cohort_id ?? "") || (a.sales_channel_id ?? "").localeCompare(b.sales_channel_id ?? "") || b.version - a.version)
}

export async function ruleView(scope: MedusaContainer, id: string) {
  const [rule] = await listRuleViews(scope, { id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aturan bagi hasil ${id} tidak ditemukan.`)
  return rule
}
