import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"

export const settleLedgerEntriesStepId = "settle-ledger-entries"

export type SettleLedgerEntriesInput = { ledger_entry_ids: string[] }

/**
 * Closes the ledger's open items for entries a payout statement now holds, so
 * the next run does not read them again. Runs after the statements are
 * written: were it undone, the entries are open again (never lost to a payout).
 */
export const settleLedgerEntriesStep = createStep(
  settleLedgerEntriesStepId,
  async ({ ledger_entry_ids }: SettleLedgerEntriesInput, { container }) => {
    const closed = await container.resolve<LedgerModuleService>(LEDGER_MODULE).settleLedgerEntries(ledger_entry_ids)
    return new StepResponse(closed, closed)
  },
  async (closed, { container }) => {
    if (closed?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).reopenLedgerEntries(closed)
  }
)
