import { describe, expect, it } from "vitest"
import { draftStatements, type PayableEntry } from "./statement-drafts"

let n = 0
const entry = (over: Partial<PayableEntry>): PayableEntry => ({
  id: `lgent_${++n}`,
  order_id: "order_1",
  line_item_id: "item_1",
  cohort_id: "cohort_a",
  bucket: "participants",
  party_type: "participant",
  party_id: "ptcp_1",
  amount: 1000,
  kind: "allocation",
  occurred_at: "2026-11-10T03:00:00Z",
  ...over,
})

describe("draftStatements", () => {
  it("pays participants their bucket and cohorts their material fund, nothing else", () => {
    const drafts = draftStatements([
      entry({ party_id: "ptcp_1", amount: 6000 }),
      entry({ party_id: "ptcp_2", amount: 4000 }),
      entry({ bucket: "material_fund", party_type: "cohort", party_id: "cohort_a", amount: 2500 }),
      entry({ bucket: "facility", party_type: "cohort", party_id: "cohort_a", amount: 1500 }),
      entry({ bucket: "platform", party_type: "platform", party_id: "platform", amount: 700 }),
      entry({ bucket: "outlet", party_type: "outlet", party_id: "sc_1", amount: 900 }),
    ])
    expect(drafts.map((d) => [d.party_type, d.party_id, d.entries.reduce((s, e) => s + e.amount, 0)])).toEqual([
      ["cohort", "cohort_a", 2500],
      ["participant", "ptcp_1", 6000],
      ["participant", "ptcp_2", 4000],
    ])
  })

  it("nets reversals into the party's statement, oldest line first", () => {
    const [draft] = draftStatements([
      entry({ amount: -2000, kind: "reversal", occurred_at: "2026-11-20T00:00:00Z" }),
      entry({ amount: 5000, occurred_at: "2026-11-02T00:00:00Z" }),
    ])
    expect(draft.entries.map((e) => e.amount)).toEqual([5000, -2000])
  })

  it("leaves a party whose entries come to zero or less without a statement", () => {
    expect(
      draftStatements([entry({ amount: 3000 }), entry({ amount: -3000, kind: "reversal" }), entry({ party_id: "ptcp_9", amount: -100, kind: "reversal" })])
    ).toEqual([])
  })
})
