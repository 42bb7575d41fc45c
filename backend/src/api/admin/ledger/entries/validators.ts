import { z } from "@medusajs/framework/zod"
import { periodBound } from "../../../../lib/jakarta-period"

const id = z.string().trim().min(1)

export const AdminGetLedgerEntriesParams = z
  .object({
    order_id: id.optional(),
    cohort_id: id.optional(),
    party_id: id.optional(),
    from: periodBound("from").optional(),
    to: periodBound("to").optional(),
    limit: z.coerce.number().int().min(1).max(500, { error: "limit paling besar 500." }).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict()
export type AdminGetLedgerEntriesParamsType = z.infer<typeof AdminGetLedgerEntriesParams>
