import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"
import { periodBound } from "../../../lib/jakarta-period"
import { DAY_MS } from "../../../lib/jakarta-time"

/**
 * The longest period one request sums. Earnings are summed from the ledger's
 * entries, several per order line: a year of one cohort bounds the read, where
 * "everything since launch" grew with every sale.
 */
export const MAX_EARNINGS_DAYS = 366

const bothDates = (q: { from?: unknown; to?: unknown }): q is { from: Date; to: Date } => q.from instanceof Date && q.to instanceof Date

export const CoordinatorGetEarningsParams = z
  .object({
    cohort_id: text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." }),
    from: periodBound("from").optional(),
    to: periodBound("to").optional(),
  })
  .strict()
  // Zod runs these even when a bound itself was refused (its value then still the raw text).
  .refine((q) => !bothDates(q) || q.from < q.to, { error: "to harus setelah from.", path: ["to"] })
  .refine((q) => !bothDates(q) || q.to.getTime() - q.from.getTime() <= MAX_EARNINGS_DAYS * DAY_MS, {
    error: `Periode paling panjang ${MAX_EARNINGS_DAYS} hari: pilih from dan to yang lebih dekat.`,
    path: ["to"],
  })
export type CoordinatorGetEarningsParamsType = z.infer<typeof CoordinatorGetEarningsParams>

/**
 * The period a request sums, never longer than MAX_EARNINGS_DAYS: a missing
 * `from` is that many days before `to` (or before now), a missing `to` that
 * many days after `from`; with neither, the last year up to now.
 */
export function earningsPeriod({ from, to }: { from?: Date; to?: Date }, now = new Date()): { from: Date; to?: Date } {
  const span = MAX_EARNINGS_DAYS * DAY_MS
  if (from) return { from, to: to ?? new Date(from.getTime() + span) }
  return { from: new Date((to ?? now).getTime() - span), to }
}
