import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { draftStatements, type PayableEntry, type StatementDraft } from "../../../modules/payout/statement-drafts"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"

export const gatherPayableEntriesStepId = "gather-payable-entries"

export type GatherPayableEntriesInput = {
  /** ISO instant: entries that happened before it (the period's end) are due. */
  before: string
}

export type GatheredEntries = {
  drafts: StatementDraft[]
  /** Open items a statement already holds (a run undone half-way left them open): closed with this run. */
  stale: string[]
}

// Ids per "already in a statement?" query, to keep each IN list small.
const CHUNK = 500

/**
 * Reads the ledger's open payout-bucket entries up to the period's end
 * (earlier months' leftovers included) and drafts one statement per party.
 * Its reads are bounded by what is unsettled, not by the ledger's history:
 * the open items' index, then those entries by id, then the statement
 * entries' unique index for the same ids. Writes nothing.
 */
export const gatherPayableEntriesStep = createStep(
  gatherPayableEntriesStepId,
  async ({ before }: GatherPayableEntriesInput, { container }) => {
    const entries = (await container.resolve<LedgerModuleService>(LEDGER_MODULE).listUnsettledLedgerEntries(new Date(before))) as PayableEntry[]
    const payout = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const taken = new Set<string>()
    for (let i = 0; i < entries.length; i += CHUNK) {
      const ids = entries.slice(i, i + CHUNK).map((e) => e.id)
      const rows = await payout.listPayoutStatementEntries({ ledger_entry_id: ids }, { select: ["ledger_entry_id"] })
      for (const row of rows) taken.add(row.ledger_entry_id)
    }
    return new StepResponse<GatheredEntries>({ drafts: draftStatements(entries.filter((e) => !taken.has(e.id))), stale: [...taken] })
  }
)
