import { z } from "@medusajs/framework/zod"
import { optionalPagination, text } from "../../../utils/input-schemas"
import { periodBound } from "../../../../lib/jakarta-period"

const id = text().trim().min(1)

export const AdminGetLedgerEntriesParams = z
  .object({
    order_id: id.optional(),
    cohort_id: id.optional(),
    party_id: id.optional(),
    from: periodBound("from").optional(),
    to: periodBound("to").optional(),
    ...optionalPagination({ max: 500 }),
  })
  .strict()
export type AdminGetLedgerEntriesParamsType = z.infer<typeof AdminGetLedgerEntriesParams>
