import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPayoutRunStep } from "./steps/create-payout-run"
import { gatherPayableEntriesStep } from "./steps/gather-payable-entries"
import { settleLedgerEntriesStep } from "./steps/settle-ledger-entries"

export const runPayoutWorkflowId = "run-payout"

/** One payout run at a time: two runs reading "unpaid" together would both claim the same entries. */
export const PAYOUT_RUN_LOCK = "payout-run"

export type RunPayoutInput = {
  period: string
  /** ISO instants, half-open [from, to): the period in Asia/Jakarta days. */
  period_from: string
  period_to: string
  created_by: string
}

/**
 * Gathers the ledger's open participants-bucket and material-fund entries up
 * to the period's end into one statement per party, then closes those open
 * items. Nothing to pay → no run (the result is null). Under a lock, and the
 * unique ledger_entry_id backs it up, so an entry lands in at most one
 * statement however often this runs.
 */
export const runPayoutWorkflow = createWorkflow(runPayoutWorkflowId, (input: RunPayoutInput) => {
  acquireLockStep({ key: PAYOUT_RUN_LOCK, timeout: 30, ttl: 120 })
  const gathered = gatherPayableEntriesStep({ before: input.period_to })
  const drafts = transform({ gathered }, ({ gathered }) => gathered.drafts)
  const created = when({ drafts }, ({ drafts }) => drafts.length > 0).then(() =>
    createPayoutRunStep(transform({ input, drafts }, ({ input, drafts }) => ({ ...input, statements: drafts })))
  )
  // Closed only after the statements exist; a party whose entries net to zero or less keeps them open.
  settleLedgerEntriesStep(
    transform({ gathered, created }, ({ gathered, created }) => ({
      ledger_entry_ids: [...(created ? gathered.drafts.flatMap((d) => d.entries.map((e) => e.ledger_entry_id)) : []), ...gathered.stale],
    }))
  )
  releaseLockStep({ key: PAYOUT_RUN_LOCK })
  return new WorkflowResponse(transform({ created }, ({ created }) => created ?? null))
})
