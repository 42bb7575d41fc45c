// Palembang is WIB, UTC+7 all year (no daylight saving). Kept here rather than
// imported from lib/jakarta-time because a module imports nothing above it.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** The Jakarta calendar day of an instant, "2026-11-23". */
function jakartaDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The calendar day a batch date names. The batch form sends a bare day
 * ("2026-11-24"), which is a day in Palembang, not UTC midnight: read as an
 * instant it would lie in the future from 00:00 to 07:00 WIB.
 */
export function batchDay(value: string | Date): string {
  return typeof value === "string" && DATE_ONLY.test(value) ? value : jakartaDay(value)
}

/** True when a production date is after today in Palembang. */
export function isProducedInFuture(production: string | Date, now: Date = new Date()): boolean {
  return batchDay(production) > jakartaDay(now)
}
