import { describe, expect, it } from "vitest"
import { batchDrawsOf, drawFromPlacements, type OpenPlacement } from "./consignment-draws"

const at = (d: string) => new Date(`${d}T00:00:00Z`)
const p = (id: string, variant_id: string, open: number, expiry: string | null, placed = "2026-11-01"): OpenPlacement => ({
  id,
  batch_id: `b-${id}`,
  variant_id,
  open,
  expiry: expiry ? at(expiry) : null,
  placed_at: at(placed),
})

describe("drawFromPlacements", () => {
  it("sells the placed batch that expires first, then the next", () => {
    const { draws, short } = drawFromPlacements([{ variant_id: "v1", quantity: 12 }], [p("late", "v1", 10, "2027-03-01"), p("soon", "v1", 8, "2027-01-01")])
    expect(short).toEqual([])
    expect(draws).toEqual([
      { placement_id: "soon", batch_id: "b-soon", variant_id: "v1", quantity: 8 },
      { placement_id: "late", batch_id: "b-late", variant_id: "v1", quantity: 4 },
    ])
  })

  it("puts batches without expiry last and reports what is short", () => {
    const { draws, short } = drawFromPlacements(
      [
        { variant_id: "v1", quantity: 3 },
        { variant_id: "v2", quantity: 9 },
      ],
      [p("craft", "v1", 5, null), p("food", "v1", 2, "2027-01-01"), p("other", "v2", 4, null)]
    )
    expect(draws.map((d) => [d.placement_id, d.quantity])).toEqual([
      ["food", 2],
      ["craft", 1],
    ])
    expect(short).toEqual([{ variant_id: "v2", available: 4, wanted: 9 }])
  })
})

describe("batchDrawsOf", () => {
  it("records one draw per variant and batch when two placements of a batch feed a line", () => {
    const draws = [
      { placement_id: "p1", batch_id: "b1", variant_id: "v1", quantity: 4 },
      { placement_id: "p2", batch_id: "b1", variant_id: "v1", quantity: 3 },
      { placement_id: "p3", batch_id: "b2", variant_id: "v1", quantity: 2 },
      { placement_id: "p4", batch_id: "b1", variant_id: "v2", quantity: 1 },
    ]
    expect(batchDrawsOf(draws)).toEqual([
      { variant_id: "v1", batch_id: "b1", quantity: 7 },
      { variant_id: "v1", batch_id: "b2", quantity: 2 },
      { variant_id: "v2", batch_id: "b1", quantity: 1 },
    ])
  })
})
