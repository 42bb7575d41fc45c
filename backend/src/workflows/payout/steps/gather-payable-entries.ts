import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { draftStatements, type PayableEntry } from "../../../lib/payout/statement-drafts"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"

export const gatherPayableEntriesStepId = "gather-payable-entries"

export type GatherPayableEntriesInput = {
  /** ISO instant: entries that happened before it (the period's end) are due. */
  before: string
}

// Ids per "already in a statement?" query, to keep each IN list small.
const CHUNK = 500

/**
 * Reads every participants-bucket and material-fund ledger entry up to the
 * period's end that no statement holds yet (earlier months' leftovers
 * included) and drafts one statement per party. Writes nothing.
 */
export const gatherPayableEntriesStep = createStep(
  gatherPayableEntriesStepId,
  async ({ before }: GatherPayableEntriesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "ledger_entry",
      fields: ["id", "order_id", "line_item_id", "cohort_id", "bucket", "party_type", "party_id", "amount", "kind", "occurred_at"],
      filters: { bucket: ["participants", "material_fund"], occurred_at: { $lt: new Date(before) } },
    })
    const entries = data as PayableEntry[]
    const payout = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const taken = new Set<string>()
    for (let i = 0; i < entries.length; i += CHUNK) {
      const ids = entries.slice(i, i + CHUNK).map((e) => e.id)
      const rows = await payout.listPayoutStatementEntries({ ledger_entry_id: ids }, { select: ["ledger_entry_id"] })
      for (const row of rows) taken.add(row.ledger_entry_id)
    }
    return new StepResponse(draftStatements(entries.filter((e) => !taken.has(e.id))))
  }
)
