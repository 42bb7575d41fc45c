import { describe, expect, it } from "vitest"
import { reshapeEarnings, reshapeStatement, reshapeStatementLine } from "./reshape-payouts"

describe("payout reshaping", () => {
  it("orders buckets people first and orders newest first", () => {
    const earnings = reshapeEarnings({
      cohort_id: "coh_1",
      from: null,
      to: null,
      participants: [{ participant_id: "ptcp_1", code: "KB-PLJ-0001", display_name: null, allocated: 5000, reversed: 1000, net: 4000 }],
      buckets: { platform: 500, participants: 5000, facility: 1000 },
      orders: [
        { order_id: "o1", display_id: 1, occurred_at: "2026-11-01T00:00:00Z", amount: 100 },
        { order_id: "o2", display_id: null, occurred_at: "2026-11-02T00:00:00Z", amount: 200 },
      ],
    })
    expect(earnings.buckets.map((b) => b.bucket)).toEqual(["participants", "facility", "platform"])
    expect(earnings.orders.map((o) => o.orderId)).toEqual(["o2", "o1"])
    expect(earnings.participants[0]).toEqual({ id: "ptcp_1", code: "KB-PLJ-0001", displayName: null, allocated: 5000, reversed: 1000, net: 4000 })
  })

  it("keeps a statement's payment and names a line's product with its variant", () => {
    const s = reshapeStatement({
      id: "paystm_1",
      run_id: "payrun_1",
      period: "2026-11",
      period_from: "2026-10-31T17:00:00.000Z",
      period_to: "2026-11-30T17:00:00.000Z",
      party_type: "participant",
      party_id: "ptcp_1",
      party_label: "KB-PLJ-0001",
      cohort_id: "coh_1",
      cohort_name: "Kohort",
      facility_name: "Lapas",
      total: 4000,
      status: "paid",
      paid_reference: "TRF-1",
      paid_at: "2026-11-22T17:00:00.000Z",
      paid_by: "coord_1",
      paid_by_type: "coordinator",
      created_at: "2026-11-23T00:00:00Z",
      line_count: 0,
    })
    expect(s).toEqual(expect.objectContaining({ status: "paid", paidReference: "TRF-1", paidBy: "coordinator", displayName: null, lineCount: 0 }))
    const line = reshapeStatementLine({
      ledger_entry_id: "lgent_1",
      order_id: "order_1",
      order_display_id: 7,
      line_item_id: "ordli_1",
      product_title: "Keripik Pisang",
      variant_title: "200 g",
      bucket: "participants",
      kind: "allocation",
      amount: 3000,
      occurred_at: "2026-11-10T00:00:00Z",
    })
    expect(line.product).toBe("Keripik Pisang (200 g)")
  })
})
