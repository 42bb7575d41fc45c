import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"

/** The languages the catalog is searchable in: Indonesian (the base) and English. */
export const SEARCH_LOCALES = ["id", "id-ID", "en-US"] as const

export const StoreSearchParams = z
  .object({
    q: text({ error: "Tulis kata yang dicari (q)." })
      .trim()
      .min(1, "Tulis kata yang dicari (q).")
      .max(200, "Kata pencarian terlalu panjang: paling banyak 200 karakter."),
    ...pagination({ limit: 12, max: 100 }),
  })
  .strict()
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>

/**
 * `?locale=` (or the x-medusa-locale header) never reaches the query validator:
 * Medusa moves it to `req.locale` first. It is checked here instead.
 */
export const SearchLocale = z.enum(SEARCH_LOCALES, { error: `locale: salah satu dari ${SEARCH_LOCALES.join(", ")}.` }).optional()
