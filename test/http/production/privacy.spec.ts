import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { createCart, addLine } from "../helpers/checkout"
import { DEMO_COORDINATORS, demoCoordinator } from "../helpers/coordinators"
import { variantOf } from "../helpers/customers"
import { participantsOf, placeOrderWith } from "../helpers/production"

// Participants appear in no store response: not their codes, not their names,
// not even when a caller asks for the cohort ↔ participant link by name.
describe("participant data never reaches /store/*", () => {
  const secrets: string[] = []
  const paths: string[] = []
  // The order is read as the browser that placed it (its access token); nobody else may.
  const headers: Record<string, string> = {}

  beforeAll(async () => {
    for (let i = 0; i < DEMO_COORDINATORS.length; i++) {
      const c = await demoCoordinator(i)
      for (const p of await participantsOf(c)) {
        secrets.push(p.code)
        if (p.display_name) secrets.push(p.display_name)
      }
    }
    const variantId = await variantOf(4)
    const order = await placeOrderWith([{ variantId, quantity: 1 }])
    headers["x-order-access-token"] = order.accessToken
    const cartId = await createCart("privasi@pembeli.test")
    await addLine(cartId, variantId, 1)
    const cohorts = await api("/store/cohorts?limit=50")
    const products = await api("/store/products?limit=5&fields=id")
    paths.push(
      "/store/products?limit=100",
      "/store/products?limit=100&fields=*variants,*cohort,*food_label",
      `/store/products/${products.body.products[0].id}?fields=*cohort,*variants`,
      "/store/cohorts?limit=50",
      ...cohorts.body.cohorts.map((c: { handle: string }) => `/store/cohorts/${c.handle}`),
      `/store/carts/${cartId}`,
      `/store/orders/${order.id}?fields=*items,*items.variant,*fulfillments`,
      // Asking for the link or the batches outright.
      "/store/products?fields=*cohort.participants",
      "/store/products?fields=+cohort.participants.code,+cohort.participants.display_name",
      `/store/cohorts/${cohorts.body.cohorts[0].handle}?fields=*participants`,
      `/store/cohorts/${cohorts.body.cohorts[0].handle}?fields=participants.code`
    )
  })

  it("knows the seeded participants it is looking for", () => {
    // 6 cohorts × 5–8 participants, two invented names each.
    expect(secrets.filter((s) => /^KB-[A-Z]{3}-\d{4}$/.test(s)).length).toBeGreaterThanOrEqual(30)
    expect(secrets.filter((s) => s.includes("(nama fiktif)")).length).toBeGreaterThanOrEqual(12)
  })

  it("finds none of their codes or names in any store response", async () => {
    let answered = 0
    for (const path of paths) {
      const res = await api(path, { headers })
      if (res.status === 200) answered++
      else expect(res.status, `${path} → ${res.status}`).toBeGreaterThanOrEqual(400)
      const json = JSON.stringify(res.body)
      for (const secret of secrets) expect(json.includes(secret), `${secret} in ${path}`).toBe(false)
    }
    // The ordinary reads (products, cohorts, cart, order) all answered with data.
    expect(answered).toBeGreaterThanOrEqual(paths.length - 4)
  })
})
