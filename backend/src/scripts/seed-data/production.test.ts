import { describe, expect, it } from "vitest"
import { PRODUCTS } from "./catalog"
import { batchPlan, participantCount, splitUnits } from "./production"

describe("seeded batches", () => {
  it("add up to every seeded variant's stock", () => {
    for (const product of PRODUCTS) {
      for (const variant of product.variants) {
        const plan = batchPlan(variant.stock, !!product.food_label)
        expect(plan.reduce((sum, b) => sum + b.quantity, 0)).toBe(variant.stock)
        expect(plan.every((b) => b.quantity > 0)).toBe(true)
        expect(plan.every((b) => (b.expiresInDays !== null) === !!product.food_label)).toBe(true)
      }
    }
  })

  it("expire food the older batch first, one within 30 days when asked", () => {
    const [older, newer] = batchPlan(100, true)
    expect(older.expiresInDays!).toBeLessThan(newer.expiresInDays!)
    expect(older.expiresInDays!).toBeGreaterThan(30)
    expect(batchPlan(100, true, true)[0].expiresInDays!).toBeLessThanOrEqual(30)
  })

  it("split units among makers without losing one", () => {
    expect(splitUnits(10, 3)).toEqual([4, 3, 3])
    expect(splitUnits(2, 3)).toEqual([1, 1])
    expect(participantCount(0)).toBeGreaterThanOrEqual(5)
    expect(participantCount(3)).toBeLessThanOrEqual(8)
  })
})
