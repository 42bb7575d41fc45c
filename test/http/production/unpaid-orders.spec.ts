import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { coordinatorOf, type DemoCoordinator } from "../helpers/coordinators"
import { demoOutlet, placeOutletOrder } from "../helpers/outlets"
import { cohortOrder, placeOrderWith, restock } from "../helpers/production"
import { capture } from "../helpers/revenue-share"

// Kerupuk tempe 500 g (Bapas Palembang's tempe cohort): sold to shoppers and,
// by the carton of 10, to the Plaju outlet. Topped up first, so stock drained
// by other suites can't decide this one.
const SKU = "KB-TMP-KRU-500"

/** The cohort packs all of its lines of the order. */
const pack = (c: DemoCoordinator, orderId: string, lines: { id: string; quantity: number }[]) =>
  api(`/coordinator/orders/${orderId}/fulfillments`, {
    token: c.token,
    body: { cohort_id: c.cohortId, items: lines.map((l) => ({ line_item_id: l.id, quantity: l.quantity })) },
  })

describe("a cohort packs an order only once it is paid", () => {
  let tempe: DemoCoordinator
  let variantId: string

  beforeAll(async () => {
    tempe = await coordinatorOf("bapas-palembang-tempe")
    await restock(SKU, 40)
    const res = await api(`/store/products?handle=kerupuk-tempe&fields=variants.id,variants.sku`)
    variantId = res.body.products[0].variants.find((v: { sku: string }) => v.sku === SKU).id
  })

  it("lists a bank transfer awaiting payment apart and refuses to pack it; once captured it is packable", async () => {
    const order = await placeOrderWith([{ variantId, quantity: 1 }])
    const unpaid = await cohortOrder(tempe, order.id)
    expect(unpaid).toMatchObject({ awaiting_payment: true })
    // Only what shipping needs of the buyer: the address, not the email.
    expect(unpaid).not.toHaveProperty("email")
    expect(JSON.stringify(unpaid)).not.toContain(order.email)

    const refused = await pack(tempe, order.id, unpaid.items)
    expect(refused.status).toBe(400)
    expect(refused.body.message).toBe("Pesanan ini belum dibayar. Kemas setelah pembayarannya diterima.")
    expect(refused.body.problems).toEqual([{ code: "awaiting_payment", display_id: unpaid.display_id }])
    expect((await cohortOrder(tempe, order.id)).items[0]).toMatchObject({ fulfilled_quantity: 0 })

    await capture(order.id)
    const paid = await cohortOrder(tempe, order.id)
    expect(paid).toMatchObject({ awaiting_payment: false })
    const packed = await pack(tempe, order.id, paid.items)
    expect(packed.status, JSON.stringify(packed.body)).toBe(201)
    expect((await cohortOrder(tempe, order.id)).items[0]).toMatchObject({ fulfilled_quantity: 1 })
  })

  it("packs an outlet's order on invoice terms before the invoice is paid", async () => {
    const plaju = await demoOutlet(0)
    const placed = await placeOutletOrder(plaju, { [SKU]: 2 })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const view = await cohortOrder(tempe, placed.body.order.id)
    expect(view).toMatchObject({ awaiting_payment: false })
    const packed = await pack(tempe, view.id, view.items)
    expect(packed.status, JSON.stringify(packed.body)).toBe(201)
  })
})
