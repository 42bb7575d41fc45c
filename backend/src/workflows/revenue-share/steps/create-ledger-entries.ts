import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EntryInput } from "../../../modules/revenue-share/plan"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"

export const createLedgerEntriesStepId = "create-ledger-entries"

/**
 * Appends ledger entries in one call (one transaction), the payout-bucket
 * ones open for the next payout run. The unique (kind, source, line, bucket,
 * party) index turns a duplicate into an error rather than a double count.
 * Compensation removes only the entries this run wrote (and their open
 * items), before anything could have read them into a payout.
 */
export const createLedgerEntriesStep = createStep(
  createLedgerEntriesStepId,
  async (entries: EntryInput[], { container }) => {
    if (!entries.length) return new StepResponse([], [])
    const created = await container.resolve<LedgerModuleService>(LEDGER_MODULE).appendLedgerEntries(entries)
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).removeAppendedLedgerEntries(ids)
  }
)
