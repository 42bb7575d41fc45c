import { z } from "@medusajs/framework/zod"
import { DAY_MS, dayOrTimeInstant, isDateOnly, isDayOrTime } from "../jakarta-time"

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
