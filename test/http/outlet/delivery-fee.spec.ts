import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { demoOutlet, placeOutletOrder, type DemoOutlet } from "../helpers/outlets"
import { restock } from "../helpers/production"

// The quick order shows the delivery fee before the order is placed: the fee
// quoted must be the fee the order is then charged, for both ways of receiving it.
const CHIPS = "KB-PSG-KRP-ORI-200"

describe("an outlet's delivery fee, quoted before ordering", () => {
  let plaju: DemoOutlet

  beforeAll(async () => {
    plaju = await demoOutlet(0)
  })

  it("lists regular delivery and pickup with their fees", async () => {
    const res = await api("/outlet/delivery-options", { token: plaju.token })
    expect(res.status).toBe(200)
    expect(res.body.delivery_options).toEqual([
      expect.objectContaining({ delivery: "delivery", amount: expect.any(Number) }),
      expect.objectContaining({ delivery: "pickup", amount: expect.any(Number) }),
    ])
    expect(res.body.delivery_options[0].amount).toBeGreaterThan(0)
  })

  it("charges the order exactly the quoted fee, delivered and picked up", async () => {
    const quoted = (await api("/outlet/delivery-options", { token: plaju.token })).body.delivery_options as { delivery: string; amount: number }[]
    const chips = plaju.catalog.get(CHIPS)!
    // Two cartons clear the minimum; restocked first, as other suites drain this SKU.
    await restock(CHIPS, 4 * chips.case_pack_units)
    for (const delivery of ["delivery", "pickup"] as const) {
      const placed = await placeOutletOrder(plaju, { [CHIPS]: 2 }, { delivery })
      expect(placed.status, JSON.stringify(placed.body)).toBe(201)
      const order = (await api(`/outlet/orders/${placed.body.order.id}`, { token: plaju.token })).body.order
      expect(Number(order.shipping_total), delivery).toBe(quoted.find((q) => q.delivery === delivery)!.amount)
    }
  })

  it("answers only outlet buyers", async () => {
    expect((await api("/outlet/delivery-options")).status).toBe(401)
  })
})
