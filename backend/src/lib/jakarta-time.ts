/**
 * Calendar days and months in Palembang: Asia/Jakarta, WIB, UTC+7 all year
 * (no daylight saving). The programme's days, payout periods and invoice due
 * dates are days there, not in UTC. No imports: Medusa Admin bundles this file.
 */
export const JAKARTA_TIME_ZONE = "Asia/Jakarta"
export const DAY_MS = 24 * 60 * 60 * 1000
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}($|T)/
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Midnight at the start of a Jakarta calendar day, as an instant (month and day may run over: day 32 is the next month's 1st). */
export function jakartaMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - WIB_OFFSET_MS)
}

/** Midnight of "2026-11-01" in Palembang, as the ISO parser reads `2026-11-01T00:00:00+07:00`. */
export const wibDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`)

// JavaScript's Date reads years 0–99 as 1900–1999 and PostgreSQL's dates end in 294276: days outside are typing errors.
const MIN_YEAR = 1900
const MAX_YEAR = 2999

/** Year, month and day of "2026-11-23", or null for anything else: 2026-02-30, 2026-13-45, 0000-00-00 included. */
export function parseDay(value: string): [number, number, number] | null {
  const m = DAY.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < MIN_YEAR || y > MAX_YEAR) return null
  const check = new Date(Date.UTC(y, mo - 1, d))
  // Rejects 2026-02-30 and the like instead of rolling into March.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return [y, mo, d]
}

/** Year and month of "2026-11", or null. */
export function parseMonth(value: string): [number, number] | null {
  const m = MONTH.exec(value)
  return m ? [Number(m[1]), Number(m[2])] : null
}

export const isMonth = (value: string) => MONTH.test(value)
export const isDay = (value: string) => parseDay(value) !== null

/** The Jakarta calendar day of an instant, "2026-11-23". */
export function jakartaDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The calendar day a date value names: a bare day ("2026-11-24", as forms
 * send it) is a day in Palembang, kept as it is; an instant is read as its
 * Jakarta day. (A bare day read as UTC midnight would lie in the future from
 * 00:00 to 07:00 WIB.)
 */
export function calendarDay(value: string | Date): string {
  return typeof value === "string" && DATE_ONLY.test(value) ? value : jakartaDay(value)
}

/** True when the day a date value names is after today in Palembang. */
export function isAfterToday(value: string | Date, now: Date = new Date()): boolean {
  return calendarDay(value) > jakartaDay(now)
}

/** The Jakarta calendar month of an instant, "2026-11". */
export function jakartaMonth(instant: Date | string): string {
  return jakartaDay(instant).slice(0, 7)
}

/** A request's date value: a day on the calendar ("2026-11-01") or an ISO time that starts with one (Date alone rolls 2026-02-30 into March). */
export const isDayOrTime = (value: string) =>
  DAY_OR_TIME.test(value) && parseDay(value.slice(0, 10)) !== null && !Number.isNaN(new Date(value).getTime())

/** A day as its midnight in Palembang; a full ISO time as given. */
export const dayOrTimeInstant = (value: string) => (DATE_ONLY.test(value) ? wibDayStart(value) : new Date(value))

/** True for a bare day ("2026-11-01"), false for a time. */
export const isDateOnly = (value: string) => DATE_ONLY.test(value)
