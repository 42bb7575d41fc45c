/**
 * Payout periods are calendar days in Asia/Jakarta (WIB, UTC+7, no daylight
 * saving): the facilities are in South Sumatra, so "November" is November
 * there. A period is half-open [from, to): `to` is midnight after its last day.
 */
export const PAYOUT_TIME_ZONE = "Asia/Jakarta"
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

export type PayoutPeriod = { label: string; from: Date; to: Date }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Midnight at the start of a Jakarta calendar day, as an instant. */
function jakartaMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - WIB_OFFSET_MS)
}

function parseDay(value: string): [number, number, number] | null {
  const m = DAY.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(y, mo - 1, d))
  // Rejects 2026-02-30 and the like instead of rolling into March.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return [y, mo, d]
}

export const isMonth = (value: string) => MONTH.test(value)
export const isDay = (value: string) => parseDay(value) !== null

/** "2026-11" → 1 Nov 2026 00:00 WIB up to 1 Dec 2026 00:00 WIB. */
export function monthPeriod(month: string): PayoutPeriod {
  const m = MONTH.exec(month)
  if (!m) throw new Error(`Not a month: ${month}`)
  const [y, mo] = [Number(m[1]), Number(m[2])]
  return { label: month, from: jakartaMidnight(y, mo, 1), to: jakartaMidnight(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) }
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

/** The Jakarta calendar day of an instant, "2026-11-23". */
export function jakartaDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Jakarta calendar month of an instant, "2026-11" (the default period to run). */
export function jakartaMonth(instant: Date | string): string {
  return jakartaDay(instant).slice(0, 7)
}
