import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { seededVariant, type StockedVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { foodBatch, placeOrderWith, recordBatch, waitForDraws } from "../helpers/production"

// First expiry, first out, against real orders placed through the store API.
describe("FEFO batch draw on order.placed", () => {
  let a: DemoCoordinator
  let variant: StockedVariant
  let early: { id: string; batch_code: string }
  let late: { id: string; batch_code: string }
  let order: { id: string; email: string }

  const batch = async (id: string) => (await api(`/coordinator/batches/${id}`, { token: a.token })).body.batch
  const drawsOf = async () => (await waitForDraws(a, order.id)).items[0].batches

  beforeAll(async () => {
    a = await demoCoordinator(0)
    // Keripik pisang original 200 g (cohort A). These batches expire before the seeded ones.
    variant = await seededVariant(0)
    const first = await recordBatch(a, await foodBatch(a, variant.variantId, 2, 5))
    const second = await recordBatch(a, await foodBatch(a, variant.variantId, 5, 10))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    early = first.body.batch
    late = second.body.batch
    order = await placeOrderWith([{ variantId: variant.variantId, quantity: 4 }])
  })

  it("draws the first-expiring batch empty, then the next; the line remembers both", async () => {
    const draws = await drawsOf()
    expect(draws).toEqual([
      { batch_id: early.id, batch_code: early.batch_code, quantity: 2 },
      { batch_id: late.id, batch_code: late.batch_code, quantity: 2 },
    ])
    expect((await batch(early.id)).remaining_quantity).toBe(0)
    expect((await batch(late.id)).remaining_quantity).toBe(3)
  })

  it("draws nothing more when order.placed is delivered again, even by two workers at once", async () => {
    await drawsOf()
    const token = await operatorToken()
    // What the subscriber runs on each delivery of order.placed.
    const redeliver = () =>
      api("/admin/workflows-executions/draw-order-batches/run", { token, body: { input: { order_id: order.id } } })
    const runs = await Promise.all([redeliver(), redeliver()])
    runs.push(await redeliver())
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200])
    await new Promise((r) => setTimeout(r, 500))
    expect(await drawsOf()).toHaveLength(2)
    expect((await batch(early.id)).remaining_quantity).toBe(0)
    expect((await batch(late.id)).remaining_quantity).toBe(3)
  })

  it("the recall view lists every order that received the batch, with its shipping contact", async () => {
    await drawsOf()
    const res = await api(`/coordinator/batches/${early.id}/recall`, { token: a.token })
    expect(res.status).toBe(200)
    const entry = res.body.orders.find((o: { order_id: string }) => o.order_id === order.id)
    expect(entry).toMatchObject({
      quantity: 2,
      contact: {
        name: "Pembeli Uji",
        phone: "+628110000000",
        email: order.email,
        address: { address_1: "Jl. Kapten Robani Kadir No. 1, Plaju", city: "Palembang", postal_code: "30268" },
      },
    })
    expect(entry.lines[0].quantity).toBe(2)

    // Another cohort can't open the recall list.
    const b = await demoCoordinator(1)
    expect((await api(`/coordinator/batches/${early.id}/recall`, { token: b.token })).status).toBe(404)
  })
})
