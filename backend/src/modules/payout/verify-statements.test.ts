import { describe, expect, it } from "vitest"
import type { PayableEntry } from "./statement-drafts"
import { verifyStatements, type PayoutRecords, type StatementEntryRecord, type StatementRecord } from "./verify-statements"

const label = (p: { party_type: string; party_id: string }) =>
  p.party_type === "participant" ? `KB-PLJ-${p.party_id.slice(-4)}` : p.party_type === "cohort" ? `kohort ${p.party_id}` : p.party_id

const ledgerEntry = (over: Partial<PayableEntry>): PayableEntry => ({
  id: "lgent_1",
  order_id: "order_1",
  line_item_id: "line_1",
  cohort_id: "coh_1",
  bucket: "participants",
  party_type: "participant",
  party_id: "part_0042",
  amount: 6000,
  kind: "allocation",
  occurred_at: new Date("2026-11-10T03:00:00Z"),
  ...over,
})
const copy = (l: PayableEntry, statement_id = "paystm_1", id = `paysen_${l.id}`): StatementEntryRecord => ({
  id,
  statement_id,
  ledger_entry_id: l.id,
  amount: l.amount,
  bucket: l.bucket,
  kind: l.kind,
  order_id: l.order_id,
  line_item_id: l.line_item_id,
  occurred_at: l.occurred_at,
})
const statement = (over: Partial<StatementRecord> = {}): StatementRecord => ({
  id: "paystm_1",
  run_id: "payrun_1",
  party_type: "participant",
  party_id: "part_0042",
  cohort_id: "coh_1",
  total: 10_000,
  status: "unpaid",
  paid_reference: null,
  paid_at: null,
  ...over,
})

// A November run: one participant paid 6000 + 4000, an October leftover among them.
const a = ledgerEntry({ id: "lgent_a" })
const b = ledgerEntry({ id: "lgent_b", amount: 4000, occurred_at: new Date("2026-10-05T03:00:00Z") })
const records = (over: Partial<PayoutRecords> = {}): PayoutRecords => ({
  runs: [{ id: "payrun_1", period: "2026-11", period_to: new Date("2026-11-30T17:00:00Z") }],
  statements: [statement()],
  statementEntries: [copy(a), copy(b)],
  ledgerEntries: [a, b],
  openEntryIds: new Set(),
  ...over,
})
const problems = (over: Partial<PayoutRecords>) => verifyStatements(records(over), label)

describe("verifyStatements", () => {
  it("passes statements that match the ledger, earlier months' leftovers included", () => {
    expect(verifyStatements(records(), label)).toEqual([])
    const paid = statement({ status: "paid", paid_reference: "TRF-0001/XI", paid_at: new Date("2026-12-02T03:00:00Z") })
    expect(problems({ statements: [paid] })).toEqual([])
  })

  it("names a statement whose total is not the sum of its entries' ledger amounts, with the participant's code", () => {
    expect(problems({ statements: [statement({ total: 10_001 })] })).toEqual([
      { statement_id: "paystm_1", party: "KB-PLJ-0042", problem: "total 10001, but its entries' ledger amounts sum to 10000" },
    ])
    // The copy says 6000 but the ledger says 5999: the ledger's amount counts, and the copy is named.
    const changed = ledgerEntry({ id: "lgent_a", amount: 5999 })
    expect(problems({ ledgerEntries: [changed, b] })).toEqual([
      expect.objectContaining({ problem: "entry paysen_lgent_a differs from ledger entry lgent_a in amount" }),
      expect.objectContaining({ problem: "total 10000, but its entries' ledger amounts sum to 9999" }),
    ])
  })

  it("names every statement that holds the same ledger entry", () => {
    const second = statement({ id: "paystm_2", total: 6000 })
    const found = problems({ statements: [statement(), second], statementEntries: [copy(a), copy(b), copy(a, "paystm_2", "paysen_again")] })
    expect(found).toEqual([
      { statement_id: "paystm_1", party: "KB-PLJ-0042", problem: "ledger entry lgent_a is in 2 statements (paystm_1, paystm_2)" },
      { statement_id: "paystm_2", party: "KB-PLJ-0042", problem: "ledger entry lgent_a is in 2 statements (paystm_1, paystm_2)" },
    ])
  })

  it("names entries of another party, another cohort, a bucket not paid out, or after the run's period", () => {
    const other = ledgerEntry({ id: "lgent_o", party_id: "part_0077", amount: 4000 })
    expect(problems({ statementEntries: [copy(a), copy(other)], ledgerEntries: [a, other] })).toEqual([
      expect.objectContaining({ problem: "holds ledger entry lgent_o of participants for KB-PLJ-0077, not this statement's party" }),
    ])
    const cohort = ledgerEntry({ id: "lgent_c", cohort_id: "coh_2", amount: 4000 })
    expect(problems({ statementEntries: [copy(a), copy(cohort)], ledgerEntries: [a, cohort] })).toEqual([
      expect.objectContaining({ problem: expect.stringMatching(/lgent_c .*not this statement's party/) }),
    ])
    const fund = statement({ party_type: "cohort", party_id: "coh_1", total: 700 })
    const platform = ledgerEntry({ id: "lgent_p", bucket: "platform", party_type: "platform", party_id: "platform", amount: 700 })
    expect(problems({ statements: [fund], statementEntries: [copy(platform)], ledgerEntries: [platform] })).toEqual([
      { statement_id: "paystm_1", party: "kohort coh_1", problem: "holds ledger entry lgent_p of platform for platform, not this statement's party" },
    ])
    // 00:30 on 1 December in Jakarta belongs to December, not the November run.
    const december = ledgerEntry({ id: "lgent_d", amount: 4000, occurred_at: new Date("2026-11-30T17:30:00Z") })
    expect(problems({ statementEntries: [copy(a), copy(december)], ledgerEntries: [a, december] })).toEqual([
      expect.objectContaining({ problem: "holds ledger entry lgent_d of 2026-11-30T17:30:00.000Z, after its run's period 2026-11 ended" }),
    ])
  })

  it("wants a reference and a paid date on a paid statement, neither on an unpaid one", () => {
    expect(problems({ statements: [statement({ status: "paid", paid_reference: " ", paid_at: new Date() })] })).toEqual([
      expect.objectContaining({ statement_id: "paystm_1", problem: "paid without a reference and a paid date" }),
    ])
    expect(problems({ statements: [statement({ status: "paid", paid_reference: "TRF-1", paid_at: null })] })).toEqual([
      expect.objectContaining({ problem: "paid without a reference and a paid date" }),
    ])
    expect(problems({ statements: [statement({ paid_reference: "TRF-1" })] })).toEqual([expect.objectContaining({ problem: "unpaid but carries a payment reference or date" })])
  })

  it("names a statement entry without its ledger entry, a statement without its run, and a payable entry no payout will pay", () => {
    expect(problems({ ledgerEntries: [a] })).toEqual([
      expect.objectContaining({ problem: "entry paysen_lgent_b names ledger entry lgent_b, which does not exist" }),
      expect.objectContaining({ problem: "total 10000, but its entries' ledger amounts sum to 6000" }),
    ])
    expect(problems({ runs: [] })).toEqual([expect.objectContaining({ problem: "belongs to run payrun_1, which does not exist" })])
    const unpaid = ledgerEntry({ id: "lgent_u", amount: 3000 })
    const platform = ledgerEntry({ id: "lgent_p", bucket: "platform", party_type: "platform", party_id: "platform" })
    expect(problems({ ledgerEntries: [a, b, unpaid, platform] })).toEqual([
      { statement_id: null, party: "KB-PLJ-0042", problem: "ledger entry lgent_u (participants, 3000) is in no statement and not open: no payout would pay it" },
    ])
    expect(problems({ ledgerEntries: [a, b, unpaid], openEntryIds: new Set(["lgent_u"]) })).toEqual([])
  })
})
