/** Food expiring within this many days gets a warning in the batch list. */
export const EXPIRY_WARNING_DAYS = 30

export type ExpiryStatus = "expired" | "soon" | "ok"

/**
 * How a batch's expiry date stands today (both YYYY-MM-DD). A batch on its
 * expiry day is still sellable; the day after it is not. Null without a date
 * (handicrafts don't expire).
 */
export function expiryStatus(expiryDate: string | null | undefined, today: string): { status: ExpiryStatus; daysLeft: number } | null {
  if (!expiryDate) return null
  const days = Math.round((Date.parse(`${expiryDate.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
  if (Number.isNaN(days)) return null
  return { status: days < 0 ? "expired" : days <= EXPIRY_WARNING_DAYS ? "soon" : "ok", daysLeft: days }
}
