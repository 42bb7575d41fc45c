import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { occurredBetween } from "../../../lib/jakarta-period"

/**
 * A cohort's earnings over a period from its ledger entries: per participant
 * (allocated, reversed as a positive amount, net), per bucket (net) and per
 * order (net, first money event). Everything is summed from entries, never stored.
 */
export async function cohortEarnings(container: MedusaContainer, cohortId: string, from?: Date, to?: Date) {
  const occurred_at = occurredBetween(from, to)
  const entries = await container
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listLedgerEntries({ cohort_id: cohortId, ...(occurred_at && { occurred_at }) }, { order: { occurred_at: "ASC" } })

  const people = new Map<string, { allocated: number; reversed: number }>()
  const buckets: Record<string, number> = {}
  const orders = new Map<string, { occurred_at: Date; amount: number }>()
  for (const e of entries) {
    buckets[e.bucket] = (buckets[e.bucket] ?? 0) + e.amount
    const o = orders.get(e.order_id) ?? { occurred_at: e.occurred_at, amount: 0 }
    o.amount += e.amount
    orders.set(e.order_id, o)
    if (e.party_type !== "participant") continue
    const p = people.get(e.party_id) ?? { allocated: 0, reversed: 0 }
    if (e.kind === "allocation") p.allocated += e.amount
    else p.reversed -= e.amount
    people.set(e.party_id, p)
  }
  const participants = people.size
    ? await container
        .resolve<ProductionModuleService>(PRODUCTION_MODULE)
        .listParticipants({ id: [...people.keys()] }, { select: ["id", "code", "display_name"] })
    : []
  const { data: displayed } = orders.size
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [...orders.keys()] } })
    : { data: [] }
  return {
    cohort_id: cohortId,
    from: from?.toISOString() ?? null,
    to: to?.toISOString() ?? null,
    participants: participants
      .map((p) => {
        const sums = people.get(p.id)!
        return { participant_id: p.id, code: p.code, display_name: p.display_name, ...sums, net: sums.allocated - sums.reversed }
      })
      .sort((a, b) => a.code.localeCompare(b.code)),
    buckets,
    orders: [...orders].map(([order_id, o]) => ({
      order_id,
      display_id: Number(displayed.find((d: { id: string }) => d.id === order_id)?.display_id) || null,
      occurred_at: o.occurred_at,
      amount: o.amount,
    })),
  }
}
