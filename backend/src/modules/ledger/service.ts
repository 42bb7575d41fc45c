import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"
import { PAYOUT_BUCKETS, UnsettledEntry } from "./models/unsettled-entry"

type LedgerEntryRow = InferTypeOf<typeof LedgerEntry>
export type NewLedgerEntry = Omit<LedgerEntryRow, "id" | "created_at" | "updated_at" | "deleted_at">

const paidOut = (e: Pick<LedgerEntryRow, "bucket">) => (PAYOUT_BUCKETS as readonly string[]).includes(e.bucket)

/**
 * The revenue-share ledger. Entries are only ever appended: application code
 * never updates or deletes one (a correction is a reversal entry). Entries in
 * the payout buckets are also open items until a payout run settles them.
 */
export class LedgerModuleService extends MedusaService({ LedgerEntry, UnsettledEntry }) {
  /** Appends entries and opens the payout-bucket ones, in one transaction (so no entry is ever missed by a payout). */
  @InjectTransactionManager()
  async appendLedgerEntries(entries: NewLedgerEntry[], @MedusaContext() sharedContext: Context = {}): Promise<LedgerEntryRow[]> {
    if (!entries.length) return []
    const created = await this.createLedgerEntries(entries, sharedContext)
    const open = created.filter(paidOut).map((e) => ({ ledger_entry_id: e.id, occurred_at: e.occurred_at }))
    if (open.length) await this.createUnsettledEntries(open, sharedContext)
    return created
  }

  /** Takes back entries a failed workflow appended, with their open items (workflow compensation only). */
  @InjectTransactionManager()
  async removeAppendedLedgerEntries(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) return
    const open = await this.listUnsettledEntries({ ledger_entry_id: ids }, { select: ["id"] }, sharedContext)
    if (open.length) await this.deleteUnsettledEntries(open.map((o) => o.id), sharedContext)
    await this.deleteLedgerEntries(ids, sharedContext)
  }

  /** Open payout-bucket entries that happened before `before`: read through the open items' index, never the whole ledger. */
  @InjectManager()
  async listUnsettledLedgerEntries(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<LedgerEntryRow[]> {
    const open = await this.listUnsettledEntries({ occurred_at: { $lt: before } }, { select: ["ledger_entry_id"] }, sharedContext)
    if (!open.length) return []
    return this.listLedgerEntries({ id: open.map((o) => o.ledger_entry_id) }, {}, sharedContext)
  }

  /**
   * The rules among `ruleIds` that allocated anything (so can no longer be edited): one query through
   * the rule_id index, stopping at each rule's first entry, never loading the entries themselves.
   */
  @InjectManager()
  async rulesInUse(ruleIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Set<string>> {
    if (!ruleIds.length) return new Set()
    // Ids arrive as one comma-joined parameter: knex would expand a JS array into a list.
    const rows = await (sharedContext.manager as SqlEntityManager).execute(
      `select r.id from unnest(string_to_array(?, ',')) as r(id)
        where exists (select 1 from "ledger_entry" e where e.rule_id = r.id and e.deleted_at is null)`,
      [ruleIds.join(",")]
    )
    return new Set(rows.map((row) => String(row.id)))
  }

  /** Closes the open items of entries a payout statement now holds; returns the entry ids it closed (to reopen on compensation). */
  @InjectTransactionManager()
  async settleLedgerEntries(ledgerEntryIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!ledgerEntryIds.length) return []
    const open = await this.listUnsettledEntries({ ledger_entry_id: ledgerEntryIds }, { select: ["id", "ledger_entry_id"] }, sharedContext)
    if (open.length) await this.deleteUnsettledEntries(open.map((o) => o.id), sharedContext)
    return open.map((o) => o.ledger_entry_id)
  }

  /** Opens entries again (a payout run that settled them was undone). */
  @InjectTransactionManager()
  async reopenLedgerEntries(ledgerEntryIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ledgerEntryIds.length) return
    const entries = await this.listLedgerEntries({ id: ledgerEntryIds }, { select: ["id", "occurred_at"] }, sharedContext)
    const already = new Set(
      (await this.listUnsettledEntries({ ledger_entry_id: ledgerEntryIds }, { select: ["ledger_entry_id"] }, sharedContext)).map((o) => o.ledger_entry_id)
    )
    const open = entries.filter((e) => !already.has(e.id)).map((e) => ({ ledger_entry_id: e.id, occurred_at: e.occurred_at }))
    if (open.length) await this.createUnsettledEntries(open, sharedContext)
  }
}

export default LedgerModuleService
