import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { PayoutRun } from "./models/payout-run"
import { PayoutStatement } from "./models/payout-statement"
import { PayoutStatementEntry } from "./models/payout-statement-entry"

/** A statement's copy of one ledger entry, as stored (the model is the one definition). */
export type StatementEntry = InferTypeOf<typeof PayoutStatementEntry>

/** A ledger entry as a statement copies it: the stored row without its own id and statement. */
export type StatementEntryInput = Pick<StatementEntry, "ledger_entry_id" | "amount" | "bucket" | "kind" | "order_id" | "line_item_id" | "occurred_at">

export type StatementInput = {
  party_type: "participant" | "cohort"
  party_id: string
  cohort_id: string
  entries: StatementEntryInput[]
}

export type NewPayoutRun = {
  period: string
  period_from: Date
  period_to: Date
  created_by: string
  statements: StatementInput[]
}

export class PayoutModuleService extends MedusaService({
  PayoutRun,
  PayoutStatement,
  PayoutStatementEntry,
}) {
  /**
   * Writes a run, its statements and their entries in one transaction. Each
   * statement's total is the sum of its entries, written here once. A ledger
   * entry already in another statement fails the unique index and nothing of
   * the run is kept.
   */
  @InjectTransactionManager()
  async createPayoutRunWithStatements(input: NewPayoutRun, @MedusaContext() sharedContext: Context = {}): Promise<{ id: string }> {
    const run = await this.createPayoutRuns(
      { period: input.period, period_from: input.period_from, period_to: input.period_to, created_by: input.created_by },
      sharedContext
    )
    const statements = await this.createPayoutStatements(
      input.statements.map((s) => ({
        run_id: run.id,
        party_type: s.party_type,
        party_id: s.party_id,
        cohort_id: s.cohort_id,
        total: s.entries.reduce((sum, e) => sum + e.amount, 0),
      })),
      sharedContext
    )
    await this.createPayoutStatementEntries(
      input.statements.flatMap((s, i) => s.entries.map((e) => ({ ...e, statement_id: statements[i].id }))),
      sharedContext
    )
    return { id: run.id }
  }

  /** Removes a run with its statements and entries for good (workflow compensation only). */
  @InjectTransactionManager()
  async removePayoutRun(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const statements = await this.listPayoutStatements({ run_id: id }, { select: ["id"] }, sharedContext)
    const statementIds = statements.map((s) => s.id)
    if (statementIds.length) {
      const entries = await this.listPayoutStatementEntries({ statement_id: statementIds }, { select: ["id"] }, sharedContext)
      if (entries.length) await this.deletePayoutStatementEntries(entries.map((e) => e.id), sharedContext)
      await this.deletePayoutStatements(statementIds, sharedContext)
    }
    await this.deletePayoutRuns(id, sharedContext)
  }
}

export default PayoutModuleService
