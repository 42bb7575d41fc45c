import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, completeCart, createCart, shippingOptions, type StockedVariant } from "../helpers/checkout"
import { coordinatorOf, type DemoCoordinator } from "../helpers/coordinators"
import { registerCustomer } from "../helpers/customers"
import { demoOutlet, type DemoOutlet } from "../helpers/outlets"
import { expectBadPagesRefused, expectPagesCoverList } from "../helpers/pages"
import { cohortOrder, restock } from "../helpers/production"
import { allocated, sum, waitForShares } from "../helpers/revenue-share"

// Keripik tempe pedas 250 g (Bapas Palembang's tempe cohort), used by no other suite; topped up first.
const SKU = "KB-TMP-KRP-PDS-250"
const PAY_AT_OUTLET = "pp_pay-at-outlet_pay-at-outlet"
const DAY = 24 * 60 * 60 * 1000

let variant: StockedVariant
let plaju: DemoOutlet
let gerong: DemoOutlet
let tempe: DemoCoordinator

/** A cart with one unit, delivered by `typeCode`, at `outletId` when given, paid with `provider`. */
async function pickupCart(opts: { typeCode?: string; outletId?: string | null; provider?: string; email?: string } = {}) {
  const cartId = await createCart(opts.email ?? `${unique("ambil")}@example.test`)
  expect((await addLine(cartId, variant.variantId, 1)).status).toBe(200)
  const option = (await shippingOptions(cartId)).find((o) => o.type?.code === (opts.typeCode ?? "pickup"))
  expect((await api(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: option?.id } })).status).toBe(200)
  if (opts.outletId) {
    const chosen = await api(`/store/carts/${cartId}/pickup-outlet`, { body: { outlet_id: opts.outletId } })
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200)
  }
  const collection = await api("/store/payment-collections", { body: { cart_id: cartId } })
  const session = await api(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, {
    body: { provider_id: opts.provider ?? PAY_AT_OUTLET },
  })
  expect(session.status, JSON.stringify(session.body)).toBe(200)
  return cartId
}

async function placePayAtOutlet(outletId: string) {
  const done = await completeCart(await pickupCart({ outletId }))
  expect(done.body?.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order as { id: string; display_id: number; total: number }
}

/** The order's open reservations (Medusa deletes them when the order is cancelled). */
async function reservationsOf(orderId: string): Promise<number> {
  const token = await operatorToken()
  const order = await api(`/admin/orders/${orderId}?fields=id,metadata,items.id`, { token })
  const lineIds = order.body.order.items.map((i: { id: string }) => i.id)
  const res = await api(`/admin/reservations?${lineIds.map((id: string) => `line_item_id[]=${id}`).join("&")}`, { token })
  return res.body.reservations.length
}

const pickupAt = (outlet: DemoOutlet, orderId: string) => api(`/outlet/pickups/${orderId}`, { token: outlet.token })
const collect = (outlet: DemoOutlet, orderId: string) => api(`/outlet/pickups/${orderId}/collect`, { token: outlet.token, body: {} })

beforeAll(async () => {
  await restock(SKU, 20)
  const token = await operatorToken()
  const product = await api(`/store/products?handle=keripik-tempe&fields=variants.id,variants.sku`)
  const items = await api(`/admin/inventory-items?sku=${SKU}&fields=id,*location_levels`, { token })
  const item = items.body.inventory_items[0]
  variant = {
    variantId: product.body.products[0].variants.find((v: { sku: string }) => v.sku === SKU).id,
    sku: SKU,
    inventoryItemId: item.id,
    locationId: item.location_levels[0].location_id,
  }
  plaju = await demoOutlet(0)
  gerong = await demoOutlet(1)
  tempe = await coordinatorOf("bapas-palembang-tempe")
})

describe("choosing the outlet to collect at", () => {
  it("lists active partner outlets with address and opening hours, never their terms", async () => {
    const res = await api("/store/pickup-outlets")
    expect(res.status).toBe(200)
    const outlet = res.body.pickup_outlets.find((o: { id: string }) => o.id === plaju.id)
    expect(outlet).toMatchObject({ name: "Sentra Kuliner Binaan Pertamina Plaju", city: "Palembang", address_1: expect.stringContaining("Plaju") })
    expect(outlet.opening_hours[0]).toEqual({ days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "17:00" })
    expect(outlet).not.toHaveProperty("minimum_order_value")
    expect(outlet).not.toHaveProperty("payment_terms_days")
  })

  it("refuses an unknown outlet and a malformed body", async () => {
    const cartId = await createCart(`${unique("ambil")}@example.test`)
    const unknown = await api(`/store/carts/${cartId}/pickup-outlet`, { body: { outlet_id: "outl_tidak_ada" } })
    expect(unknown.status).toBe(404)
    expect((await api(`/store/carts/${cartId}/pickup-outlet`, { body: { outlet: plaju.id } })).status).toBe(400)
  })

  it("refuses a pickup without an outlet, and paying at the outlet for a delivery", async () => {
    const noOutlet = await completeCart(await pickupCart({ provider: "pp_system_default" }))
    expect(noOutlet.status).toBe(400)
    expect(noOutlet.body.message).toBe("Pilih outlet mitra tempat Anda mengambil pesanan.")
    const delivered = await completeCart(await pickupCart({ typeCode: "reguler" }))
    expect(delivered.status).toBe(400)
    expect(delivered.body.problems).toEqual([{ code: "pay_at_outlet_needs_pickup" }])
  })
})

describe("pay at the outlet on pickup", () => {
  it("reaches only the chosen outlet, is packed unpaid, and collecting it captures and allocates", async () => {
    const order = await placePayAtOutlet(plaju.id)
    const stored = await api(`/admin/orders/${order.id}?fields=id,metadata`, { token: await operatorToken() })
    expect(stored.body.order.metadata.pickup_outlet_id).toBe(plaju.id)
    expect(await reservationsOf(order.id)).toBeGreaterThan(0)

    // The chosen outlet sees it, with the cash to take and the deadline.
    const list = await api("/outlet/pickups", { token: plaju.token })
    expect(list.status).toBe(200)
    const listed = list.body.pickups.find((p: { id: string }) => p.id === order.id)
    expect(listed).toMatchObject({ state: "awaiting_goods", pay_at_outlet: true, amount_to_collect: order.total, customer_name: "Pembeli Uji" })
    const deadline = new Date(listed.collect_by).getTime() - new Date(listed.created_at).getTime()
    expect(deadline).toBe(7 * DAY)

    // No other outlet, no shopper.
    const others = await api("/outlet/pickups", { token: gerong.token })
    expect(others.body.pickups.map((p: { id: string }) => p.id)).not.toContain(order.id)
    expect((await pickupAt(gerong, order.id)).status).toBe(404)
    expect((await collect(gerong, order.id)).status).toBe(404)
    const shopper = await registerCustomer(`${unique("pembeli")}@example.test`)
    expect((await api(`/outlet/pickups/${order.id}`, { token: shopper.token })).status).toBe(403)
    expect((await api(`/store/orders/${order.id}`, { token: shopper.token })).status).toBe(404)

    // The goods must be at the outlet before they are handed over.
    const early = await collect(plaju, order.id)
    expect(early.status).toBe(400)
    expect(early.body.problems).toEqual([{ code: "pickup_awaiting_goods", display_id: order.display_id }])

    // The cohort packs it before payment: the goods have to reach the outlet.
    const view = await cohortOrder(tempe, order.id)
    expect(view).toMatchObject({ awaiting_payment: false })
    const packed = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: tempe.token,
      body: { cohort_id: tempe.cohortId, items: view.items.map((l: { id: string; quantity: number }) => ({ line_item_id: l.id, quantity: l.quantity })) },
    })
    expect(packed.status, JSON.stringify(packed.body)).toBe(201)
    expect((await pickupAt(plaju, order.id)).body.pickup.state).toBe("ready")

    const collected = await collect(plaju, order.id)
    expect(collected.status, JSON.stringify(collected.body)).toBe(200)
    expect(collected.body.pickup).toMatchObject({ state: "collected", amount_to_collect: 0, collect_by: null })
    expect(collected.body.pickup.cash_taken).toMatchObject({ amount: order.total, settled_at: null })

    const admin = await api(`/admin/orders/${order.id}?fields=id,*payment_collections.payments,*fulfillments`, { token: await operatorToken() })
    const payment = admin.body.order.payment_collections[0].payments[0]
    expect(payment.provider_id).toBe(PAY_AT_OUTLET)
    expect(payment.captured_at).toBeTruthy()
    expect(admin.body.order.fulfillments.every((f: { delivered_at: string | null }) => !!f.delivered_at)).toBe(true)

    // The revenue allocation runs on that capture, as for any sale.
    const shares = await waitForShares(order.id, allocated)
    expect(allocated(shares)).toBe(true)
    expect(sum(shares.lines.flatMap((l) => l.entries.filter((e) => e.kind === "allocation")))).toBe(shares.lines.reduce((a, l) => a + l.net_revenue, 0))

    // Twice is refused, captured once.
    const again = await collect(plaju, order.id)
    expect(again.status).toBe(400)
    expect(again.body.problems).toEqual([{ code: "pickup_collected", display_id: order.display_id }])
  })

  it("cancels an order nobody collected once the days have passed, and releases its stock", async () => {
    const order = await placePayAtOutlet(gerong.id)
    expect(await reservationsOf(order.id)).toBeGreaterThan(0)
    const run = async (days: number) => {
      const res = await api("/admin/workflows-executions/cancel-uncollected-pickups/run", {
        token: await operatorToken(),
        body: { input: { now: new Date(Date.now() + days * DAY).toISOString() } },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    await run(6)
    expect((await pickupAt(gerong, order.id)).body.pickup.state).toBe("awaiting_goods")
    expect(await reservationsOf(order.id)).toBeGreaterThan(0)

    await run(8)
    expect((await pickupAt(gerong, order.id)).body.pickup).toMatchObject({ state: "canceled", amount_to_collect: 0 })
    expect(await reservationsOf(order.id)).toBe(0)
    const refused = await collect(gerong, order.id)
    expect(refused.status).toBe(400)
    expect(refused.body.problems).toEqual([{ code: "pickup_canceled", display_id: order.display_id }])
  })
})

describe("the outlet's pickup list, a page at a time", () => {
  type Pickup = { id: string; created_at: string }
  const newestFirst = (a: Pickup, b: Pickup) => b.created_at.localeCompare(a.created_at) || (a.id < b.id ? -1 : 1)

  it("pages through the outlet's own pickups newest first, counting them all", async () => {
    const placed: string[] = []
    for (let i = 0; i < 3; i++) placed.push((await placePayAtOutlet(gerong.id)).id)
    const pickups = await expectPagesCoverList<Pickup>("/outlet/pickups", "pickups", gerong.token, { size: 2, all: 100 })
    expect(pickups).toEqual([...pickups].sort(newestFirst))
    // The newest three are the ones just placed, the last placed first.
    expect(pickups.slice(0, 3).map((p) => p.id)).toEqual([...placed].reverse())
    // Another outlet's pages hold none of them.
    const theirs = await expectPagesCoverList<Pickup>("/outlet/pickups", "pickups", plaju.token, { size: 2, all: 100 })
    expect(theirs.filter((p) => placed.includes(p.id))).toEqual([])
  })

  it("answers without limit with the first page of its default size", async () => {
    const res = await api("/outlet/pickups", { token: gerong.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ limit: 20, offset: 0 }))
    expect(res.body.pickups.length).toBe(Math.min(20, res.body.count))
  })

  it("refuses a bad limit or offset with a message that says what is allowed", async () => {
    await expectBadPagesRefused("/outlet/pickups", gerong.token, 100)
  })
})
