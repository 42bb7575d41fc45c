import { describe, expect, it } from "vitest"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { variantOf } from "../helpers/customers"
import { allocated, capture, netByParty, placeBankTransferOrder, sum, waitForShares, type OrderRevenue } from "../helpers/revenue-share"

const reversals = (r: OrderRevenue) => r.lines.flatMap((l) => l.entries.filter((e) => e.kind === "reversal"))

// Products 16 (Rutan tali meiwa) and 24 (Banyuasin eceng gondok), used by no other suite.
describe("refunds and cancellations take back their share", () => {
  it("a partial refund reverses in proportion, the last one exactly what is left", async () => {
    const order = await placeBankTransferOrder([
      { variantId: await variantOf(16), quantity: 1 },
      { variantId: await variantOf(24), quantity: 2 },
    ])
    const payment = await capture(order.id)
    const shares = await waitForShares(order.id, allocated)
    const allocatedTotal = sum(shares.lines.flatMap((l) => l.entries))
    const token = await operatorToken()

    // A third of what was paid (shipping included) comes back.
    const third = Math.floor(payment.amount / 3)
    const refunded = await api(`/admin/payments/${payment.id}/refund`, { token, body: { amount: third } })
    expect(refunded.status).toBe(200)
    const partial = await waitForShares(order.id, (r) => reversals(r).length > 0)
    const taken = -sum(reversals(partial))
    expect(Math.abs(taken - (allocatedTotal * third) / payment.amount)).toBeLessThanOrEqual(1)
    for (const left of netByParty(partial).values()) expect(left).toBeGreaterThan(0)

    // The rest: every bucket and every participant nets to zero.
    const rest = await api(`/admin/payments/${payment.id}/refund`, { token, body: { amount: payment.amount - third } })
    expect(rest.status).toBe(200)
    const full = await waitForShares(order.id, (r) => [...netByParty(r).values()].every((v) => v === 0))
    expect([...netByParty(full).values()].every((v) => v === 0)).toBe(true)
    expect(Object.values(full.totals_by_bucket).every((v) => v === 0)).toBe(true)
    expect(-sum(reversals(full))).toBe(allocatedTotal)
  })

  it("a canceled order reverses everything left", async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(24), quantity: 1 }])
    await capture(order.id)
    await waitForShares(order.id, allocated)
    const token = await operatorToken()
    const canceled = await api(`/admin/orders/${order.id}/cancel`, { token, body: {} })
    expect(canceled.status).toBe(200)
    const after = await waitForShares(order.id, (r) => reversals(r).length > 0 && [...netByParty(r).values()].every((v) => v === 0))
    expect(reversals(after).length).toBeGreaterThan(0)
    expect([...netByParty(after).values()].every((v) => v === 0)).toBe(true)
  })
})
