import { describe, expect, it } from "vitest"
import { PRODUCTS } from "./catalog"
import { DEFAULT_CASE_PACKS } from "./outlet-case-packs"
import { OUTLETS } from "./outlets"

describe("outlet cartons in the demo seed", () => {
  it("gives every product an outlet sells a carton of more than one, snacks by 12–40, crafts by 3–12", () => {
    for (const outlet of OUTLETS) {
      for (const product of PRODUCTS) {
        const units = outlet.case_packs[product.handle] ?? DEFAULT_CASE_PACKS[product.handle]
        expect(units, `${outlet.handle} ${product.handle}`).toBeGreaterThan(1)
        const range = product.food_label ? [10, 40] : [3, 12]
        expect(units, product.handle).toBeGreaterThanOrEqual(range[0])
        expect(units, product.handle).toBeLessThanOrEqual(range[1])
      }
    }
  })

  it("names only seeded products, each carton no larger than the stock of its most stocked variant", () => {
    for (const [handle, units] of Object.entries(DEFAULT_CASE_PACKS)) {
      const product = PRODUCTS.find((p) => p.handle === handle)
      expect(product, handle).toBeDefined()
      const most = Math.max(...product!.variants.map((v) => v.stock))
      // A sold-out product stays sold out; any other can fill at least one carton.
      if (most > 0) expect(units, handle).toBeLessThanOrEqual(most)
    }
  })
})
