import { describe, expect, it } from "vitest"
import type { OrderSale } from "./order-sale"
import type { EntryInput } from "./plan"
import { verifyLedger } from "./verify-ledger"

const at = new Date("2026-11-20T10:00:00Z")
const sale = (over: Partial<OrderSale> = {}): OrderSale => ({
  id: "order_1",
  display_id: 7,
  status: "pending",
  created_at: at,
  canceled_at: null,
  sales_channel_id: "sc_1",
  lines: [{ id: "line_1", title: "Keripik", product_id: "prod_1", variant_id: "var_1", quantity: 2, net_revenue: 50_000, cohort_id: "coh_1" }],
  captures: [{ id: "capt_1", amount: 65_000, created_at: at }],
  refunds: [],
  ...over,
})
const entry = (over: Partial<EntryInput>): EntryInput => ({
  order_id: "order_1",
  line_item_id: "line_1",
  cohort_id: "coh_1",
  sales_channel_id: "sc_1",
  rule_id: "rule_1",
  rule_version: 1,
  bucket: "platform",
  party_type: "platform",
  party_id: "platform",
  amount: 50_000,
  kind: "allocation",
  source_id: "capt_1",
  occurred_at: at,
  ...over,
})

describe("verifyLedger", () => {
  it("passes an order allocated to the rupiah", () => {
    expect(verifyLedger([sale()], [entry({ amount: 30_000 }), entry({ bucket: "facility", party_type: "facility", party_id: "coh_1", amount: 20_000 })])).toEqual([])
  })

  it("names a wrong sum, a missing allocation, an orphan and an over-reversal", () => {
    expect(verifyLedger([sale()], [entry({ amount: 49_999 })])).toEqual([expect.objectContaining({ order_id: "order_1", problem: expect.stringMatching(/allocated 49999, its net revenue is 50000/) })])
    expect(verifyLedger([sale()], [])).toEqual([expect.objectContaining({ problem: expect.stringMatching(/captured, but line line_1/) })])
    expect(verifyLedger([], [entry({})])).toEqual([expect.objectContaining({ problem: expect.stringMatching(/order that does not exist/) })])
    const over = verifyLedger([sale()], [entry({}), entry({ kind: "reversal", amount: -50_001, source_id: "ref_1" })])
    expect(over).toEqual([expect.objectContaining({ problem: expect.stringMatching(/reversed more than allocated/) })])
  })

  it("wants a fully refunded or canceled order at zero", () => {
    const refunded = sale({ refunds: [{ id: "ref_1", amount: 65_000, created_at: at }] })
    expect(verifyLedger([refunded], [entry({}), entry({ kind: "reversal", amount: -49_000, source_id: "ref_1" })])).toEqual([
      expect.objectContaining({ problem: expect.stringMatching(/fully refunded but .* still nets 1000/) }),
    ])
    expect(verifyLedger([refunded], [entry({}), entry({ kind: "reversal", amount: -50_000, source_id: "ref_1" })])).toEqual([])
    expect(verifyLedger([sale({ status: "canceled" })], [entry({})])).toEqual([expect.objectContaining({ problem: expect.stringMatching(/canceled but/) })])
  })
})
