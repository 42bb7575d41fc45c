import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"
import { periodBound } from "../../../lib/jakarta-period"

export const CoordinatorGetEarningsParams = z
  .object({
    cohort_id: text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." }),
    from: periodBound("from").optional(),
    to: periodBound("to").optional(),
  })
  .strict()
export type CoordinatorGetEarningsParamsType = z.infer<typeof CoordinatorGetEarningsParams>
