import { z } from "@medusajs/framework/zod"

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Jam ditulis HH:MM, misalnya 08:00." })

/**
 * An outlet's opening hours: periods of days (ISO weekday, Monday = 1) with the
 * same hours. Kept as data, not a sentence, so each language words the days.
 */
export const OpeningHours = z
  .array(
    z
      .object({
        days: z.array(z.number().int().min(1).max(7)).min(1),
        opens: time,
        closes: time,
      })
      .strict()
      .refine((p) => p.opens < p.closes, { error: "Jam tutup harus setelah jam buka." })
  )
  .max(7)
export type OpeningHoursType = z.infer<typeof OpeningHours>
