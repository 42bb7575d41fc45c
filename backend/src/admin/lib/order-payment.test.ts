import { describe, expect, it } from "vitest"
import { ALLOCATION_WAIT_MS, allocationPending, lastCapturedAt, transferState } from "./order-payment"

const transfer = (payment: Record<string, unknown> = {}) => [{ payments: [{ provider_id: "pp_system_default", ...payment }] }]

describe("transferState", () => {
  it("reads Medusa's 'authorized' bank transfer as awaiting the money, not as paid", () => {
    expect(transferState({ payment_status: "authorized", payment_collections: transfer() })).toBe("awaiting_transfer")
  })

  it("follows the capture, a partial capture, a refund and a cancellation", () => {
    expect(transferState({ payment_status: "captured", payment_collections: transfer() })).toBe("paid")
    expect(transferState({ payment_status: "partially_captured", payment_collections: transfer() })).toBe("partially_paid")
    expect(transferState({ payment_status: "refunded", payment_collections: transfer() })).toBe("refunded")
    expect(transferState({ status: "canceled", payment_status: "authorized", payment_collections: transfer() })).toBe("canceled")
  })

  it("says nothing about card payments and outlet invoices", () => {
    expect(transferState({ payment_status: "authorized", payment_collections: [{ payments: [{ provider_id: "pp_stripe_stripe" }] }] })).toBeNull()
    expect(transferState({ payment_status: "authorized", metadata: { outlet_id: "out_1" }, payment_collections: transfer() })).toBeNull()
  })
})

describe("lastCapturedAt", () => {
  it("is the latest capture, or null before any", () => {
    expect(lastCapturedAt({ payment_collections: transfer() })).toBeNull()
    expect(lastCapturedAt({ payment_collections: transfer({ captured_at: "2031-06-01T05:00:00Z" }) })?.toISOString()).toBe("2031-06-01T05:00:00.000Z")
  })
})

describe("allocationPending", () => {
  const captured = new Date("2031-06-01T05:00:00Z")
  const now = captured.getTime() + 5_000
  const shares = (kind: string | null) => ({
    order_id: "order_1",
    lines: [{ line_item_id: "li_1", title: "Keripik", net_revenue: 35000, rule: null, entries: kind ? [{ kind }] : [] }],
    totals_by_bucket: {},
  }) as any

  it("asks again after a capture until the allocation is there", () => {
    expect(allocationPending(undefined, captured, now)).toBe(true)
    expect(allocationPending(shares(null), captured, now)).toBe(true)
    expect(allocationPending(shares("allocation"), captured, now)).toBe(false)
  })

  it("does not ask before a capture, nor forever after one (a missing rule)", () => {
    expect(allocationPending(shares(null), null, now)).toBe(false)
    expect(allocationPending(shares(null), captured, captured.getTime() + ALLOCATION_WAIT_MS + 1)).toBe(false)
  })
})
