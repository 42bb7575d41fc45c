import { isDateOnly, jakartaDay } from "../jakarta-time"

/**
 * The calendar day a batch date names. The batch form sends a bare day
 * ("2026-11-24"), which is a day in Palembang, not UTC midnight: read as an
 * instant it would lie in the future from 00:00 to 07:00 WIB.
 */
export function batchDay(value: string | Date): string {
  return typeof value === "string" && isDateOnly(value) ? value : jakartaDay(value)
}

/** True when a production date is after today in Palembang. */
export function isProducedInFuture(production: string | Date, now: Date = new Date()): boolean {
  return batchDay(production) > jakartaDay(now)
}
