import { z } from "@medusajs/framework/zod"

const DAY_MS = 24 * 60 * 60 * 1000
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Midnight of a calendar day in Palembang (WIB, UTC+7), where the programme's days begin and end. */
export const wibDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`)

/**
 * A `from` / `to` query value: a day (2026-11-01) or an ISO time. `to` as a
 * day includes that whole day (up to the next midnight, exclusive).
 */
export const periodBound = (edge: "from" | "to") =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}($|T)/.test(v) && !Number.isNaN(new Date(v).getTime()), {
      error: `${edge} tidak valid: tulis tanggal seperti 2026-11-01.`,
    })
    .transform((v) => (DATE_ONLY.test(v) ? new Date(wibDayStart(v).getTime() + (edge === "to" ? DAY_MS : 0)) : new Date(v)))

/** occurred_at filter for a period; `to` is exclusive. */
export function occurredBetween(from?: Date, to?: Date): Record<string, Date> | undefined {
  if (!from && !to) return undefined
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) }
}
