import { beforeAll, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { checkoutCart, completeCart, ordersFor, seededVariant, setAvailable, stockLevel, type StockedVariant } from "../helpers/checkout"

// medusajs/medusa#16825: two different carts completing at once for the last
// unit. Medusa creates both orders before reserving stock, so the loser fails
// inside a parallel batch and depends on its rollback; it also hears about an
// inventory item id. Several rounds, since a race lost once in a while is still a race.
const ROUNDS = 3
const TITLE = "Keranjang Serbaguna Tali Meiwa"

describe("two shoppers completing carts for the last unit at the same moment", () => {
  let variant: StockedVariant

  beforeAll(async () => {
    variant = await seededVariant(13)
  })

  for (let round = 1; round <= ROUNDS; round++) {
    it(`sells the unit once, refuses the other shopper clearly, and never oversells (round ${round})`, async () => {
      const emails = ["a", "b"].map((who) => `${unique(`race-${who}`)}@pembeli.test`)
      await setAvailable(variant, 1)
      const carts = await Promise.all(emails.map((email) => checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }])))

      const results = await Promise.all(carts.map((id) => completeCart(id)))

      const outcomes = results.map((r) => ({ status: r.status, type: r.body?.type, message: r.body?.message }))
      const placed = outcomes.filter((o) => o.status === 200 && o.type === "order")
      const refused = outcomes.filter((o) => o.status >= 400 && o.status < 500)
      expect(placed, JSON.stringify(outcomes)).toHaveLength(1)
      expect(refused, JSON.stringify(outcomes)).toHaveLength(1)
      // The shopper learns which product ran out and what to do, not an inventory id.
      expect(refused[0].message).toContain(TITLE)
      expect(refused[0].message).toMatch(/habis/)
      expect(refused[0].message).not.toMatch(/iitem_|sloc_/)

      expect(await ordersFor(emails)).toHaveLength(1)
      const level = await stockLevel(variant)
      expect(level.stocked - level.reserved).toBe(0)
    })
  }
})
