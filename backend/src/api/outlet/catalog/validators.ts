import { z } from "@medusajs/framework/zod"

/** Product names in the buyer's language: `locale=en-US` for English; Indonesian (the data's own) needs none. */
export const OutletLocaleQuery = z
  .object({
    locale: z.enum(["id-ID", "en-US"], { message: "locale harus id-ID atau en-US" }).optional(),
  })
  .strict()
export type OutletLocaleQueryType = z.infer<typeof OutletLocaleQuery>
