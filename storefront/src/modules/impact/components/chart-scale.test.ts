import { describe, expect, it } from "vitest"
import { band, labelEvery, MAX_TICKS, niceScale, pct, position, segments } from "./chart-scale"

describe("niceScale", () => {
  it("rounds the top up to a step a reader can count in", () => {
    expect(niceScale([12_345_000, 3_000_000])).toEqual({ top: 15_000_000, ticks: [0, 5_000_000, 10_000_000, 15_000_000] })
    expect(niceScale([100])).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] })
    expect(niceScale([0.3])).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] })
  })

  it("never gives more than five ticks", () => {
    for (const max of [1, 3, 7, 9, 11, 99, 101, 1234, 999_999, 1_000_001, 73_500_000]) {
      const { ticks, top } = niceScale([max])
      expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS)
      expect(top).toBeGreaterThanOrEqual(max)
      expect(ticks[0]).toBe(0)
    }
  })

  it("keeps counts whole", () => {
    expect(niceScale([3], { integer: true }).ticks).toEqual([0, 1, 2, 3])
    expect(niceScale([1], { integer: true }).ticks).toEqual([0, 1])
    expect(niceScale([5], { integer: true }).ticks).toEqual([0, 2, 4, 6])
    for (const max of [1, 2, 5, 7, 13, 26, 250]) expect(niceScale([max], { integer: true }).ticks.every(Number.isInteger)).toBe(true)
  })

  it("ignores withheld (null) months", () => {
    expect(niceScale([null, 40, null]).top).toBe(40)
  })

  it("gives an axis with a positive top when there is nothing to show", () => {
    for (const values of [[], [0, 0], [null, null], [0, null]]) {
      const scale = niceScale(values)
      expect(scale).toEqual({ top: 1, ticks: [0] })
      expect(position(0, scale)).toBe(0)
    }
  })
})

describe("position", () => {
  it("is the fraction of the axis, clamped to it", () => {
    const scale = niceScale([100])
    expect(position(50, scale)).toBe(0.5)
    expect(position(-10, scale)).toBe(0)
    expect(position(150, scale)).toBe(1)
  })
})

describe("band", () => {
  it("splits the axis into equal slots", () => {
    expect(band(1, 4)).toEqual({ start: 0.25, width: 0.25, middle: 0.375 })
    expect(band(0, 0).width).toBe(1)
  })
})

describe("labelEvery", () => {
  it("thins labels to what fits", () => {
    expect(labelEvery(12, 3)).toBe(4)
    expect(labelEvery(2, 6)).toBe(1)
    expect(labelEvery(0, 0)).toBe(1)
  })
})

describe("segments", () => {
  it("breaks a series where it is null", () => {
    expect(segments([1, 2, null, 4, null, null, 6, 7])).toEqual([
      [
        { index: 0, value: 1 },
        { index: 1, value: 2 },
      ],
      [{ index: 3, value: 4 }],
      [
        { index: 6, value: 6 },
        { index: 7, value: 7 },
      ],
    ])
    expect(segments([null, null])).toEqual([])
    expect(segments([])).toEqual([])
  })
})

describe("pct", () => {
  it("writes a fraction as a short SVG percentage", () => {
    expect(pct(1 / 3)).toBe("33.333%")
    expect(pct(0)).toBe("0%")
  })
})
