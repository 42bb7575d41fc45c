import { describe, expect, it } from "vitest"
import { firstParam, pageCount, pageTarget, parseIndex, parsePage, parseQuery, parseSort, sortOrder } from "./catalog-params"

describe("parseSort", () => {
  it("accepts the offered sort keys", () => {
    expect(parseSort("newest")).toBe("newest")
    expect(parseSort("title-asc")).toBe("title-asc")
    expect(parseSort(["title-desc", "newest"])).toBe("title-desc")
  })

  it("falls back to newest for anything else", () => {
    expect(parseSort(undefined)).toBe("newest")
    expect(parseSort("price-asc")).toBe("newest")
    expect(parseSort("")).toBe("newest")
  })

  it("maps to the store API's order", () => {
    expect(sortOrder("newest")).toBe("-created_at")
    expect(sortOrder("title-asc")).toBe("title")
    expect(sortOrder("title-desc")).toBe("-title")
  })
})

describe("parsePage and pageCount", () => {
  it("reads positive whole page numbers", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["2"])).toBe(2)
  })

  it("treats anything else as page 1", () => {
    for (const raw of [undefined, "", "0", "-1", "2.5", "abc", "1e3"]) expect(parsePage(raw)).toBe(1)
  })

  it("counts pages of twelve, at least one", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(12)).toBe(1)
    expect(pageCount(13)).toBe(2)
    expect(pageCount(28)).toBe(3)
  })
})

describe("parseQuery, parseIndex and firstParam", () => {
  it("trims the search query and caps its length", () => {
    expect(parseQuery("  keripik  ")).toBe("keripik")
    expect(parseQuery(undefined)).toBe("")
    expect(parseQuery("x".repeat(300))).toHaveLength(100)
  })

  it("keeps an image index within the gallery", () => {
    expect(parseIndex("1", 3)).toBe(1)
    expect(parseIndex("3", 3)).toBe(0)
    expect(parseIndex("x", 3)).toBe(0)
  })

  it("takes the first of repeated params", () => {
    expect(firstParam(["a", "b"])).toBe("a")
    expect(firstParam("a")).toBe("a")
  })
})

describe("pageTarget", () => {
  it("keeps a page that exists and the plain listing", () => {
    expect(pageTarget(undefined, 2)).toEqual({ page: 1, redirectTo: null })
    expect(pageTarget("2", 2)).toEqual({ page: 2, redirectTo: null })
  })

  it("sends a page past the end to the last page, never 'Page 3 of 2'", () => {
    expect(pageTarget("3", 2)).toEqual({ page: 2, redirectTo: 2 })
    expect(pageTarget("99999999999", 2)).toEqual({ page: 2, redirectTo: 2 })
  })

  it("sends 0, -1, abc and empty to page 1", () => {
    for (const raw of ["0", "-1", "abc", "", "2.5"]) expect(pageTarget(raw, 2)).toEqual({ page: 1, redirectTo: 1 })
  })
})
