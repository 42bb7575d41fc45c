import { describe, expect, it } from "vitest"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { variantOf } from "../helpers/customers"
import { allocated, capture, placeBankTransferOrder, revenueShares, sum, waitForShares } from "../helpers/revenue-share"

// Product 27 (Banyuasin eceng gondok: the default rule), used by no other suite.
// The allocation workflow is what payment.captured runs; POST
// /admin/orders/:id/revenue-shares runs the same workflow on demand. Racing it
// against the capture's own subscriber and repeating it ten times must still
// leave exactly one allocation.
describe("the same capture processed again and at once allocates once", () => {
  it("two runs racing the subscriber, then ten more, give one allocation", async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(27), quantity: 2 }])
    const token = await operatorToken()
    await capture(order.id)
    // Two workers at the moment of capture, beside the subscriber's own run.
    const racing = await Promise.all([0, 1].map(() => api(`/admin/orders/${order.id}/revenue-shares`, { token, body: {} })))
    expect(racing.map((r) => r.status)).toEqual([200, 200])
    const first = await waitForShares(order.id, allocated)
    const entries = first.lines.flatMap((l) => l.entries)
    expect(entries.length).toBeGreaterThan(0)
    expect(sum(entries)).toBe(first.lines[0].net_revenue)

    // The same event delivered ten times over.
    for (let i = 0; i < 10; i++) {
      const again = await api(`/admin/orders/${order.id}/revenue-shares`, { token, body: {} })
      expect(again.status).toBe(200)
    }
    const after = await revenueShares(order.id)
    expect(after.lines.flatMap((l) => l.entries)).toEqual(entries)
    const keys = entries.map((e) => `${e.bucket}|${e.party_id}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("refuses a body on the re-run and answers 404 for an unknown order", async () => {
    const token = await operatorToken()
    const bad = await api(`/admin/orders/order_tidak_ada/revenue-shares`, { token, body: { force: true } })
    expect(bad.status).toBe(400)
    const missing = await api(`/admin/orders/order_tidak_ada/revenue-shares`, { token })
    expect(missing.status).toBe(404)
  })
})
