import type { StatementEntryInput } from "./service"
import { isPayable, type PayableEntry } from "./statement-drafts"

export type RunRecord = { id: string; period: string; period_to: Date | string }
export type StatementRecord = {
  id: string
  run_id: string
  party_type: string
  party_id: string
  cohort_id: string
  total: number
  status: string
  paid_reference: string | null
  paid_at: Date | string | null
}
/** A stored statement entry as ledger-verify lists it: the copied fields plus its own id and statement. */
export type StatementEntryRecord = Omit<StatementEntryInput, "occurred_at"> & {
  id: string
  statement_id: string
  occurred_at: Date | string
}

export type PayoutRecords = {
  runs: RunRecord[]
  statements: StatementRecord[]
  statementEntries: StatementEntryRecord[]
  ledgerEntries: PayableEntry[]
  /** Ids of the ledger's open items (payout-bucket entries waiting for a run). */
  openEntryIds: Set<string>
}

/** `statement_id` is null for a ledger entry that no statement holds. `party` is the participant's code or the cohort's name. */
export type StatementProblem = { statement_id: string | null; party: string; problem: string }

type Label = (party: { party_type: string; party_id: string }) => string

const time = (d: Date | string) => new Date(d).getTime()
const COPIED = ["amount", "bucket", "kind", "order_id", "line_item_id"] as const

/**
 * Every invariant of the payout statements against the ledger: a statement's
 * total is the sum of its entries' ledger amounts; a ledger entry is in at
 * most one statement; a statement's entries are its own party's (participant
 * → participants bucket, cohort → material fund, same cohort), copied as
 * they are in the ledger, and happened before its run's period ended (a run
 * also takes earlier months' leftovers, so only the end bounds them); a paid
 * statement has a reference and a paid date, an unpaid one neither; and a
 * payout-bucket entry that no statement holds is still open for the next run
 * (else no payout would ever pay it). Returns the problems, none when all holds.
 */
export function verifyStatements(records: PayoutRecords, label: Label): StatementProblem[] {
  const problems: StatementProblem[] = []
  const runs = new Map(records.runs.map((r) => [r.id, r]))
  const ledger = new Map(records.ledgerEntries.map((e) => [e.id, e]))
  const entriesOf = new Map<string, StatementEntryRecord[]>()
  const statementsOf = new Map<string, string[]>()
  for (const e of records.statementEntries) {
    entriesOf.set(e.statement_id, [...(entriesOf.get(e.statement_id) ?? []), e])
    statementsOf.set(e.ledger_entry_id, [...(statementsOf.get(e.ledger_entry_id) ?? []), e.statement_id])
  }

  for (const s of records.statements) {
    const report = (problem: string) => problems.push({ statement_id: s.id, party: label(s), problem })
    const run = runs.get(s.run_id)
    if (!run) report(`belongs to run ${s.run_id}, which does not exist`)
    let sum = 0
    for (const e of entriesOf.get(s.id) ?? []) {
      const l = ledger.get(e.ledger_entry_id)
      if (!l) {
        report(`entry ${e.id} names ledger entry ${e.ledger_entry_id}, which does not exist`)
        continue
      }
      sum += l.amount
      if (!isPayable(l) || l.party_type !== s.party_type || l.party_id !== s.party_id || l.cohort_id !== s.cohort_id) {
        report(`holds ledger entry ${l.id} of ${l.bucket} for ${label(l)}, not this statement's party`)
      }
      const differ: string[] = COPIED.filter((k) => e[k] !== l[k])
      if (time(e.occurred_at) !== time(l.occurred_at)) differ.push("occurred_at")
      if (differ.length) report(`entry ${e.id} differs from ledger entry ${l.id} in ${differ.join(", ")}`)
      if (run && time(l.occurred_at) >= time(run.period_to)) {
        report(`holds ledger entry ${l.id} of ${new Date(l.occurred_at).toISOString()}, after its run's period ${run.period} ended`)
      }
    }
    if (sum !== s.total) report(`total ${s.total}, but its entries' ledger amounts sum to ${sum}`)
    if (s.status === "paid" && (!s.paid_reference?.trim() || !s.paid_at)) report("paid without a reference and a paid date")
    if (s.status !== "paid" && (s.paid_reference || s.paid_at)) report("unpaid but carries a payment reference or date")
  }

  for (const [ledgerId, ids] of statementsOf) {
    if (ids.length < 2) continue
    const l = ledger.get(ledgerId)
    for (const id of ids) problems.push({ statement_id: id, party: l ? label(l) : "?", problem: `ledger entry ${ledgerId} is in ${ids.length} statements (${ids.join(", ")})` })
  }

  for (const l of records.ledgerEntries) {
    if (isPayable(l) && !statementsOf.has(l.id) && !records.openEntryIds.has(l.id)) {
      problems.push({ statement_id: null, party: label(l), problem: `ledger entry ${l.id} (${l.bucket}, ${l.amount}) is in no statement and not open: no payout would pay it` })
    }
  }
  return problems
}
