import { describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, createCart } from "../helpers/checkout"
import { demoCoordinator } from "../helpers/coordinators"
import { variantOf } from "../helpers/customers"
import { demoOutlet } from "../helpers/outlets"

describe("cart quantities are whole units", () => {
  it("refuses 0.5 on adding and on changing a line with a 400 that says why, and keeps whole numbers working", async () => {
    const variantId = await variantOf(6)
    const cartId = await createCart(`${unique("pecahan")}@pembeli.test`)
    const half = await addLine(cartId, variantId, 0.5)
    expect(half.status).toBe(400)
    expect(half.body.message).toMatch(/bilangan bulat/)
    const added = await addLine(cartId, variantId, 1)
    expect(added.status).toBe(200)
    const line = added.body.cart.items[0]
    const changed = await api(`/store/carts/${cartId}/line-items/${line.id}`, { body: { quantity: 1.5 } })
    expect(changed.status).toBe(400)
    expect(changed.body.message).toMatch(/bilangan bulat/)
    const cart = await api(`/store/carts/${cartId}`)
    expect(cart.body.cart.items.map((i: { quantity: number }) => i.quantity)).toEqual([1])
    expect((await api(`/store/carts/${cartId}/line-items/${line.id}`, { body: { quantity: 2 } })).status).toBe(200)
  })

  it("refuses 0.5 in the outlet's order and consignment report and the coordinator's batch and consignment", async () => {
    const [plaju, coordinator] = await Promise.all([demoOutlet(0), demoCoordinator(0)])
    const variant = [...plaju.catalog.values()][0]
    const calls = [
      ["/outlet/orders", plaju.token, { items: [{ variant_id: variant.id, quantity: 0.5 }], po_number: "PO-SETENGAH", delivery: "pickup" }],
      ["/outlet/consignment-reports", plaju.token, { period_start: "2026-11-01", period_end: "2026-11-07", lines: [{ variant_id: variant.id, quantity: 0.5 }] }],
      ["/coordinator/consignments", coordinator.token, { outlet_id: plaju.id, batch_id: "pbatch_x", quantity: 0.5 }],
    ] as const
    for (const [path, token, body] of calls) {
      const res = await api(path, { token, body })
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(400)
      expect(res.body.message, path).toMatch(/bilangan bulat/)
    }
  })
})
