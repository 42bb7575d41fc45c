import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { seededVariant, type StockedVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { cohortOrder, placeOrderWith } from "../helpers/production"
import { capture } from "../helpers/revenue-share"

// One order with lines from two cohorts: each cohort sees and fulfils its own.
describe("cohort orders and per-cohort fulfilment", () => {
  let a: DemoCoordinator
  let b: DemoCoordinator
  let fromA: StockedVariant
  let fromB: StockedVariant
  let order: { id: string; email: string; accessToken: string }

  beforeAll(async () => {
    ;[a, b] = await Promise.all([demoCoordinator(0), demoCoordinator(1)])
    // Keripik pisang cokelat 200 g (cohort A) and tempe chips (cohort B).
    ;[fromA, fromB] = await Promise.all([seededVariant(2), seededVariant(8)])
    order = await placeOrderWith([
      { variantId: fromA.variantId, quantity: 2 },
      { variantId: fromB.variantId, quantity: 1 },
    ])
    // Paid: only then do the cohorts pack it (unpaid-orders.spec.ts).
    await capture(order.id)
  })

  it("shows each cohort only its own lines of the order", async () => {
    const forA = await cohortOrder(a, order.id)
    const forB = await cohortOrder(b, order.id)
    expect(forA.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([fromA.variantId])
    expect(forB.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([fromB.variantId])
    // Quantities as numbers: the portal's pack form is built from them.
    expect(forA.items[0]).toMatchObject({ quantity: 2, fulfilled_quantity: 0, shipped_quantity: 0 })
    expect(forB.items[0]).toMatchObject({ quantity: 1 })
    expect(JSON.stringify(forA)).not.toContain(fromB.variantId)
    expect(JSON.stringify(forB)).not.toContain(fromA.variantId)
    expect(forA.shipping_address).toMatchObject({ city: "Palembang" })
    // Asking for another cohort's orders is a 404, as if it didn't exist.
    expect((await api(`/coordinator/orders?cohort_id=${a.cohortId}`, { token: b.token })).status).toBe(404)
  })

  it("a cohort packs and ships its own lines from its own stock; the shopper's order shows the tracking", async () => {
    const lineA = (await cohortOrder(a, order.id)).items[0].id
    const lineB = (await cohortOrder(b, order.id)).items[0].id

    // B can't pack A's line, neither under its own cohort nor under A's.
    const wrongLine = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: b.token,
      body: { cohort_id: b.cohortId, items: [{ line_item_id: lineA, quantity: 2 }] },
    })
    expect(wrongLine.status).toBe(400)
    const wrongCohort = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: b.token,
      body: { cohort_id: a.cohortId, items: [{ line_item_id: lineA, quantity: 2 }] },
    })
    expect(wrongCohort.status).toBe(404)
    const tooMany = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: a.token,
      body: { cohort_id: a.cohortId, items: [{ line_item_id: lineA, quantity: 3 }] },
    })
    expect(tooMany.status).toBe(400)

    const packed = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: a.token,
      body: { cohort_id: a.cohortId, items: [{ line_item_id: lineA, quantity: 2 }], carrier: "JNE", tracking_number: "JNEUJI0001" },
    })
    expect(packed.status, JSON.stringify(packed.body)).toBe(201)
    const fulfillmentId = packed.body.fulfillment.id

    expect((await api(`/coordinator/orders/${order.id}/fulfillments/${fulfillmentId}/ship`, { token: b.token, body: {} })).status).toBe(404)
    const shipped = await api(`/coordinator/orders/${order.id}/fulfillments/${fulfillmentId}/ship`, { token: a.token, body: {} })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200)
    const again = await api(`/coordinator/orders/${order.id}/fulfillments/${fulfillmentId}/ship`, { token: a.token, body: {} })
    expect(again.status).toBe(400)

    const viewA = await cohortOrder(a, order.id)
    expect(viewA.fulfillments).toHaveLength(1)
    expect(viewA.fulfillments[0]).toMatchObject({ location_id: fromA.locationId, carrier: "JNE", tracking_number: "JNEUJI0001" })
    expect(viewA.fulfillments[0].shipped_at).toBeTruthy()
    expect(viewA.items[0]).toMatchObject({ fulfilled_quantity: 2, shipped_quantity: 2 })
    // B's view doesn't carry A's fulfilment.
    expect((await cohortOrder(b, order.id)).fulfillments).toHaveLength(0)

    // B packs and ships its own line, from its own location, with the tracking number given when shipping.
    const packedB = await api(`/coordinator/orders/${order.id}/fulfillments`, {
      token: b.token,
      body: { cohort_id: b.cohortId, items: [{ line_item_id: lineB, quantity: 1 }] },
    })
    expect(packedB.status, JSON.stringify(packedB.body)).toBe(201)
    const noTracking = await api(`/coordinator/orders/${order.id}/fulfillments/${packedB.body.fulfillment.id}/ship`, { token: b.token, body: {} })
    expect(noTracking.status).toBe(400)
    expect(noTracking.body.message).toMatch(/nomor resi/)
    const shippedB = await api(`/coordinator/orders/${order.id}/fulfillments/${packedB.body.fulfillment.id}/ship`, {
      token: b.token,
      body: { carrier: "POS Indonesia", tracking_number: "POSUJI0002" },
    })
    expect(shippedB.status, JSON.stringify(shippedB.body)).toBe(200)
    expect((await cohortOrder(b, order.id)).fulfillments[0]).toMatchObject({ location_id: fromB.locationId, carrier: "POS Indonesia" })

    // The shopper's order (store API, default fields) shows both shipments: shipped, with carrier and tracking number.
    const store = await api(`/store/orders/${order.id}`, { headers: { "x-order-access-token": order.accessToken } })
    expect(store.status, JSON.stringify(store.body)).toBe(200)
    const tracking = store.body.order.fulfillments.map((f: { shipped_at: string | null; metadata: Record<string, string> | null }) => ({
      shipped: !!f.shipped_at,
      carrier: f.metadata?.carrier,
      tracking: f.metadata?.tracking_number,
    }))
    expect(tracking).toEqual(
      expect.arrayContaining([
        { shipped: true, carrier: "JNE", tracking: "JNEUJI0001" },
        { shipped: true, carrier: "POS Indonesia", tracking: "POSUJI0002" },
      ])
    )
    expect(tracking).toHaveLength(2)
  })
})
