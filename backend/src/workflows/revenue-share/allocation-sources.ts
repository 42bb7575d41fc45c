import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import type { ProductionModuleService } from "../../modules/production/service"
import { REVENUE_SHARE_MODULE } from "../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../modules/revenue-share/service"
import type { Contribution } from "../../modules/revenue-share/allocation"
import type { OrderSale } from "../../modules/revenue-share/order-sale"
import type { AllocationContext, LineDraw, RuleWithBuckets } from "../../modules/revenue-share/plan"

/** Every rule version with its buckets (a small table: a few per cohort and channel). */
export async function loadRules(container: MedusaContainer): Promise<RuleWithBuckets[]> {
  const rules = await container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE).listRevenueShareRules({}, { relations: ["buckets"] })
  return rules.map((r) => ({
    id: r.id,
    version: r.version,
    cohort_id: r.cohort_id,
    sales_channel_id: r.sales_channel_id,
    effective_from: r.effective_from,
    buckets: r.buckets.map((b) => ({ code: b.code, basis_points: b.basis_points })),
  }))
}

/** What an allocation of the sale needs besides the order: the rules, and from production the draws, who made the batches, active participants. */
export async function loadAllocationSources(container: MedusaContainer, sale: OrderSale): Promise<Omit<AllocationContext, "allocatedLineIds">> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const lineIds = sale.lines.map((l) => l.id)
  const { data } = await query.graph({
    entity: "batch_draw",
    fields: ["line_item_id", "quantity", "batch.id", "batch.contributions.units", "batch.contributions.hours", "batch.contributions.participant.id"],
    filters: { line_item_id: lineIds },
  })
  type Row = {
    line_item_id: string
    quantity: number
    batch: { id: string; contributions: { units: number | null; hours: number | null; participant: { id: string } }[] }
  }
  const rows = data as Row[]
  const draws: LineDraw[] = rows.map((r) => ({ line_item_id: r.line_item_id, batch_id: r.batch.id, quantity: r.quantity }))
  const contributionsByBatch = new Map<string, Contribution[]>(
    rows.map((r) => [r.batch.id, r.batch.contributions.map((c) => ({ participant_id: c.participant.id, units: c.units, hours: c.hours }))])
  )
  const cohortIds = [...new Set(sale.lines.flatMap((l) => (l.cohort_id ? [l.cohort_id] : [])))]
  const active = cohortIds.length
    ? await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ cohort_id: cohortIds, active: true }, { select: ["id", "cohort_id"] })
    : []
  const activeParticipantsByCohort = new Map<string, string[]>()
  for (const p of active) activeParticipantsByCohort.set(p.cohort_id, [...(activeParticipantsByCohort.get(p.cohort_id) ?? []), p.id])
  return { rules: await loadRules(container), draws, contributionsByBatch, activeParticipantsByCohort }
}
