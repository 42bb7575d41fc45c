import { describe, expect, it } from "vitest"
import { corrections, editDistance, planQuery, rankMatches, toTsQuery } from "./fuzzy"
import { normalize, words } from "./text"

const vocabulary = [
  { word: "keripik", ndoc: 9 },
  { word: "kerupuk", ndoc: 1 },
  { word: "pisang", ndoc: 6 },
  { word: "banana", ndoc: 6 },
  { word: "basket", ndoc: 3 },
  { word: "tas", ndoc: 4 },
]

describe("search words", () => {
  it("lower-cases, drops accents and punctuation, keeps words of two letters or more, once", () => {
    expect(normalize("Kéripik  PISANG, 250g!")).toBe("keripik pisang 250g")
    expect(words("a Keripik keripik (pisang)")).toEqual(["keripik", "pisang"])
    expect(words("\u0000 ; ' -- ")).toEqual([])
  })
})

describe("typo tolerance", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("kripik", "keripik")).toBe(1)
    expect(editDistance("pisnag", "pisang")).toBe(1)
    expect(editDistance("tas", "teh")).toBe(2)
  })

  it("corrects 'kripik' to the word more products use, and leaves known words and prefixes alone", () => {
    expect(corrections("kripik", vocabulary)).toEqual(["keripik"])
    expect(corrections("pisang", vocabulary)).toEqual([])
    expect(corrections("kerip", vocabulary)).toEqual([])
    expect(corrections("basket", vocabulary)).toEqual([])
  })

  it("forgives no typo in a short word and at most two in a long one", () => {
    expect(corrections("tes", vocabulary)).toEqual([])
    expect(corrections("kerupk", vocabulary)).toEqual(["kerupuk"])
    expect(corrections("krpuk", vocabulary)).toEqual([])
    expect(corrections("kripikk", vocabulary)).toEqual(["keripik"])
    expect(corrections("xyzxyzxyz", vocabulary)).toEqual([])
  })

  it("suggests the corrected query only when a word was corrected", () => {
    expect(planQuery(["kripik", "pisang"], vocabulary).suggestion).toBe("keripik pisang")
    expect(planQuery(["keripik", "pisang"], vocabulary).suggestion).toBeNull()
  })

  it("asks PostgreSQL for every word, each by prefix or correction", () => {
    expect(toTsQuery(planQuery(["kripik", "pisang"], vocabulary))).toBe("(kripik:* | keripik) & (pisang:*)")
  })
})

describe("ranking", () => {
  const row = (product_id: string, locale: string, score: number) => ({ product_id, handle: product_id, locale, score })

  it("keeps one result per product, best first, the shopper's language ahead of a translation", () => {
    const ranked = rankMatches([row("a", "en-US", 0.5), row("b", "id", 0.45), row("a", "id", 0.2), row("c", "id", 0.9)], "id")
    expect(ranked.map((r) => [r.product_id, r.locale])).toEqual([
      ["c", "id"],
      ["b", "id"],
      ["a", "en-US"],
    ])
    expect(ranked[2].score).toBeCloseTo(0.4)
  })
})
