/**
 * Palembang's clock: Asia/Jakarta, WIB, UTC+7 all year (no daylight saving).
 * The days people see and type (batch dates, payout months, order dates) are
 * days there, as in the backend's lib/jakarta-time.ts.
 */
export const JAKARTA_TIME_ZONE = "Asia/Jakarta"
const WIB_MS = 7 * 60 * 60 * 1000

/** Today in Jakarta, "2026-11-23". */
export const jakartaToday = (now = new Date()) => new Date(now.getTime() + WIB_MS).toISOString().slice(0, 10)
