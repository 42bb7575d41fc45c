import { describe, expect, it } from "vitest"
import { awaitsPayment } from "./packing-payment"

const paid = { captured_at: "2026-11-23T03:00:00Z", canceled_at: null }
const authorised = { captured_at: null, canceled_at: null }

describe("awaitsPayment", () => {
  it("holds a bank transfer until a payment is captured", () => {
    expect(awaitsPayment({ metadata: null, payment_collections: [{ payments: [authorised] }] })).toBe(true)
    expect(awaitsPayment({ payment_collections: [] })).toBe(true)
    expect(awaitsPayment({ payment_collections: [{ payments: [authorised, paid] }] })).toBe(false)
  })

  it("does not count a captured payment that was cancelled", () => {
    expect(awaitsPayment({ payment_collections: [{ payments: [{ ...paid, canceled_at: "2026-11-24T00:00:00Z" }] }] })).toBe(true)
  })

  it("lets an outlet order on invoice terms be packed before it is paid", () => {
    const invoice = { metadata: { outlet_id: "outlet_1", invoice_due_date: "2026-12-23" }, payment_collections: [{ payments: [authorised] }] }
    expect(awaitsPayment(invoice)).toBe(false)
    // An outlet id alone (no invoice terms) is not enough.
    expect(awaitsPayment({ ...invoice, metadata: { outlet_id: "outlet_1" } })).toBe(true)
  })

  it("lets a pay-at-outlet pickup be packed before it is paid, so the goods reach the outlet", () => {
    const cash = { captured_at: null, canceled_at: null, provider_id: "pp_pay-at-outlet_pay-at-outlet" }
    expect(awaitsPayment({ payment_collections: [{ payments: [cash] }] })).toBe(false)
    // Cancelled (the order was cancelled): nothing to pack.
    expect(awaitsPayment({ payment_collections: [{ payments: [{ ...cash, canceled_at: "2026-11-24T00:00:00Z" }] }] })).toBe(true)
  })
})
