import { jakartaToday } from "@/lib/util/jakarta-time"

// Payout periods are Jakarta calendar months, as in the backend.
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** A valid "2026-11" from a query string, else this Jakarta month. */
export function monthOrCurrent(value: string | undefined, now = new Date()): string {
  return value && MONTH.test(value) ? value : jakartaToday(now).slice(0, 7)
}

/** First and last day of a month, both included, as /coordinator/earnings takes them. */
const yearMonth = (month: string): [number, number] => [Number(month.slice(0, 4)), Number(month.slice(5, 7))]

export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = yearMonth(month)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The month before or after, "2026-12" → "2027-01". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = yearMonth(month)
  const d = new Date(Date.UTC(y, m - 1 + by, 1))
  return d.toISOString().slice(0, 7)
}
