import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"

const cohortId = text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." })

export const CoordinatorGetPayoutStatementsParams = z
  .object({
    cohort_id: cohortId,
    status: z.enum(["unpaid", "paid"], { error: "status: unpaid atau paid." }).optional(),
    ...pagination({ limit: 50, max: 200 }),
  })
  .strict()
export type CoordinatorGetPayoutStatementsParamsType = z.infer<typeof CoordinatorGetPayoutStatementsParams>

export const CoordinatorGetPayoutStatementParams = z.object({}).strict()

/** The CSV carries the participant's private display name only when the coordinator asks (`with_names=true`). */
export const CoordinatorGetPayoutStatementCsvParams = z
  .object({ with_names: z.enum(["true", "false"], { error: "with_names: true atau false." }).optional() })
  .strict()
export type CoordinatorGetPayoutStatementCsvParamsType = z.infer<typeof CoordinatorGetPayoutStatementCsvParams>
