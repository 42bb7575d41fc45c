import { describe, expect, it } from "vitest"
import { orderedLike } from "./search-order"

describe("orderedLike", () => {
  it("puts the product list's cards back in the search's ranking, leaving out ids without a card", () => {
    const cards = [{ id: "a" }, { id: "b" }, { id: "c" }]
    expect(orderedLike(["c", "x", "a"], cards)).toEqual([{ id: "c" }, { id: "a" }])
  })
})
