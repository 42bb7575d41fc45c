import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { occurredBetween } from "../../../lib/jakarta-period"
import { sumEarnings, type EarningEntry } from "../../../modules/ledger/earnings"
import { EARNINGS_ENTRY_FIELDS } from "./query-config"
import { earningsPeriod, type CoordinatorGetEarningsParamsType } from "./validators"
import type { CohortEarningsResponse } from "@karya-binaan/contract"

type EntryRow = EarningEntry & {
  participant?: { code: string; display_name: string | null } | null
  order?: { display_id?: number | null } | null
}

/**
 * What the cohort's sales earned over a period of at most a year, per
 * participant, bucket and order (the coordinator's cohorts only). The answer's
 * from/to are the period summed.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CohortEarningsResponse>) => {
  const { cohort_id, ...asked } = req.validatedQuery as CoordinatorGetEarningsParamsType
  const { from, to } = earningsPeriod(asked)
  const occurred_at = occurredBetween(from, to)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ledger_entry",
    fields: EARNINGS_ENTRY_FIELDS,
    filters: { cohort_id, ...(occurred_at && { occurred_at }) },
    pagination: { order: { occurred_at: "ASC" } },
  })
  const entries = data as EntryRow[]
  const { participants, buckets, orders } = sumEarnings(entries)
  const who = new Map(entries.flatMap((e) => (e.party_type === "participant" && e.participant ? [[e.party_id, e.participant] as const] : [])))
  const displayIds = new Map(entries.map((e) => [e.order_id, e.order?.display_id]))
  res.json({
    cohort_id,
    from: from.toISOString(),
    to: to?.toISOString() ?? null,
    participants: [...participants]
      .flatMap(([id, sums]) => {
        const p = who.get(id)
        return p ? [{ participant_id: id, code: p.code, display_name: p.display_name, ...sums, net: sums.allocated - sums.reversed }] : []
      })
      .sort((a, b) => a.code.localeCompare(b.code)),
    buckets,
    orders: [...orders].map(([order_id, o]) => ({ order_id, display_id: Number(displayIds.get(order_id)) || null, occurred_at: o.occurred_at, amount: o.amount })),
  })
}
