import { describe, expect, it } from "vitest"
import { splitByWeights, workWeight } from "./largest-remainder"

describe("splitByWeights (largest remainder, whole rupiah)", () => {
  it("gives the left-over rupiah to the largest remainders", () => {
    // 100 by thirds: 33.33 each, one rupiah left → the first (ties go to the earlier weight).
    expect(splitByWeights(100, [1n, 1n, 1n])).toEqual([34, 33, 33])
    // 10 split 50/30/20 of 10,000 basis points is exact.
    expect(splitByWeights(10, [5000n, 3000n, 2000n])).toEqual([5, 3, 2])
    // 7 by 5000/2000/1500/1500: 3.5, 1.4, 1.05, 1.05 → floors 3,1,1,1 and one left for .5.
    expect(splitByWeights(7, [5000n, 2000n, 1500n, 1500n])).toEqual([4, 1, 1, 1])
  })

  it("never gives a rupiah to a zero weight and keeps the sum", () => {
    expect(splitByWeights(5, [0n, 3n, 0n, 1n])).toEqual([0, 4, 0, 1])
    expect(splitByWeights(0, [0n, 0n])).toEqual([0, 0])
  })

  it("refuses what it cannot split", () => {
    expect(() => splitByWeights(5, [0n])).toThrow(/sum to zero/)
    expect(() => splitByWeights(-1, [1n])).toThrow(/whole number/)
    expect(() => splitByWeights(1.5, [1n])).toThrow(/whole number/)
  })

  it("turns hours into whole milli-hours", () => {
    expect(workWeight(2.5)).toBe(2500n)
    expect(workWeight(0.001)).toBe(1n)
  })
})
