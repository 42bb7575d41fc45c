import { z } from "@medusajs/framework/zod"
import { isDay, isDayOrTime } from "../../lib/jakarta-time"

/*
 * The zod building blocks every custom route's validator is made of, so each
 * kind of value is checked one way everywhere: text, calendar days, counts and
 * pagination. A value these let through is one PostgreSQL can store.
 */

/**
 * Control characters other than tab, line feed and carriage return. PostgreSQL
 * refuses NUL in text (22021, once a 500), and the others have no place in a
 * name, code or description: they come from a broken client or an attacker.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const CONTROL_CHARACTER_MESSAGE =
  "Teks berisi karakter kontrol (mis. NUL, \\u0000) yang tidak dapat disimpan: hapus karakter itu lalu kirim lagi."

/** A string without control characters; takes z.string's own params (e.g. `{ error }`). */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((value) => !CONTROL_CHARACTER.test(value), { error: CONTROL_CHARACTER_MESSAGE })

/** A calendar day "2026-11-23"; `label` names the field in the refusal. */
export const calendarDay = (label: string) =>
  text({ error: `Isi ${label} (format 2026-11-23).` })
    .trim()
    .refine(isDay, { error: `${label} tidak valid: tulis tanggal yang ada, seperti 2026-11-23.` })

/** A calendar day or an ISO time that starts with one ("2026-11-23T08:00:00+07:00"). */
export const calendarDayOrTime = (label: string) =>
  text({ error: `Isi ${label} (format 2026-11-23).` })
    .trim()
    .refine(isDayOrTime, {
      error: `${label} tidak valid: tulis tanggal yang ada, seperti 2026-11-23.`,
    })

/**
 * A list's `order`: one of the given fields, "-" in front for descending.
 * Any other field reaches the database layer as an unknown property (a 500).
 */
export const sortOrder = (fields: readonly string[]) =>
  text()
    .refine((value) => fields.includes(value.replace(/^-/, "")), {
      error: `order: urutkan menurut salah satu dari ${fields.join(", ")} (tambahkan - di depan untuk urutan menurun).`,
    })
    .optional()

/**
 * A whole number from min to max, from JSON or from a query string ("20").
 * A refinement, not .int()/.min(): Medusa rewrites those into its own English
 * message, a refinement's message reaches the person as written.
 */
export const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} berupa angka bulat.` })
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
      error: `${label} harus bilangan bulat ${min} sampai ${max.toLocaleString("id-ID")}.`,
    })

const limit = (max: number) => wholeNumber("limit", 1, max)
const offset = () => wholeNumber("offset", 0, 1_000_000)

/** `limit` (1..max, default `limit`) and `offset` (0 or more, default 0) of a list route, spread into its query schema. */
export const pagination = ({ limit: byDefault, max }: { limit: number; max: number }) => ({
  limit: limit(max).default(byDefault),
  offset: offset().default(0),
})

/** The same without defaults, for routes that read "no limit given" as "all" or as their own default. */
export const optionalPagination = ({ max }: { max: number }) => ({
  limit: limit(max).optional(),
  offset: offset().optional(),
})
