import { z } from "@medusajs/framework/zod"
import { DAY_MS, dayOrTimeInstant, isDateOnly, isDayOrTime, jakartaMidnight, parseDay, parseMonth } from "./jakarta-time"

/**
 * Periods of the programme, all in Asia/Jakarta calendar days (see
 * jakarta-time.ts, which the Admin bundles and so imports nothing): payout
 * periods, and the from/to bounds of ledger and earnings queries. The
 * facilities are in South Sumatra, so "November" is November there. A period
 * is half-open [from, to): `to` is midnight after its last day.
 */
export type PayoutPeriod = { label: string; from: Date; to: Date }

/** "2026-11" → 1 Nov 2026 00:00 WIB up to 1 Dec 2026 00:00 WIB. */
export function monthPeriod(month: string): PayoutPeriod {
  const m = parseMonth(month)
  if (!m) throw new Error(`Not a month: ${month}`)
  const [y, mo] = m
  return { label: month, from: jakartaMidnight(y, mo, 1), to: jakartaMidnight(y, mo + 1, 1) }
}

/** Two Jakarta calendar days, both included: "2026-11-01".."2026-11-15". */
export function dayRangePeriod(fromDay: string, toDay: string): PayoutPeriod {
  const a = parseDay(fromDay)
  const b = parseDay(toDay)
  if (!a || !b) throw new Error(`Not a day range: ${fromDay}..${toDay}`)
  const from = jakartaMidnight(...a)
  const to = jakartaMidnight(b[0], b[1], b[2] + 1)
  if (to <= from) throw new Error(`Empty day range: ${fromDay}..${toDay}`)
  return { label: fromDay === toDay ? fromDay : `${fromDay} s.d. ${toDay}`, from, to }
}

/**
 * A `from` / `to` query value: a day (2026-11-01, from its midnight in WIB) or
 * an ISO time. `to` as a day includes that whole day (up to the next midnight, exclusive).
 */
export const periodBound = (edge: "from" | "to") =>
  z
    .string()
    .trim()
    .refine(isDayOrTime, { error: `${edge} tidak valid: tulis tanggal seperti 2026-11-01.` })
    .transform((v) => new Date(dayOrTimeInstant(v).getTime() + (edge === "to" && isDateOnly(v) ? DAY_MS : 0)))

/** occurred_at filter for a period; `to` is exclusive. */
export function occurredBetween(from?: Date, to?: Date): Record<string, Date> | undefined {
  if (!from && !to) return undefined
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) }
}
