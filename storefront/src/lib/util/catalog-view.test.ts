import { describe, expect, it } from "vitest"
import { searchResultsPathname, viewPathname, viewSearchParams } from "./catalog-view"

const q = (s: string) => new URLSearchParams(s)

describe("catalog views", () => {
  it("fold a product's variant and image into one canonical segment", () => {
    expect(viewPathname("/id/products/keripik", q("variant=variant_01AB&image=2"))).toBe("/id/products/keripik/image~2~variant~variant_01AB")
    expect(viewPathname("/en/products/keripik", q("image=2&variant=variant_01AB&utm_source=x"))).toBe("/en/products/keripik/image~2~variant~variant_01AB")
  })

  it("fold a category's page and sort", () => {
    expect(viewPathname("/id/categories/kerajinan", q("sort=title-asc&page=2"))).toBe("/id/categories/kerajinan/page~2~sort~title-asc")
  })

  it("leave plain pages, other pages and junk values alone", () => {
    expect(viewPathname("/id/products/keripik", q(""))).toBeNull()
    expect(viewPathname("/id/products/keripik", q("variant=<script>"))).toBeNull()
    expect(viewPathname("/id/cohorts/x", q("page=2"))).toBeNull()
    expect(viewPathname("/id/search", q("q=keripik"))).toBeNull()
    expect(viewPathname("/id/products/keripik/extra", q("image=1"))).toBeNull()
  })

  it("send a search with a query to its results, and one without to the cached landing page", () => {
    expect(searchResultsPathname("/id/search", q("q=keripik&page=2"))).toBe("/id/search/results")
    expect(searchResultsPathname("/en/search", q("q=%20%20"))).toBeNull()
    expect(searchResultsPathname("/en/search", q(""))).toBeNull()
    expect(searchResultsPathname("/en/products/x", q("q=a"))).toBeNull()
  })

  it("read a segment back into the params it stands for", () => {
    expect(viewSearchParams("products", undefined)).toEqual({})
    expect(viewSearchParams("products", ["image~2~variant~variant_01AB"])).toEqual({ image: "2", variant: "variant_01AB" })
    expect(viewSearchParams("categories", ["page~2~sort~title-asc"])).toEqual({ page: "2", sort: "title-asc" })
  })

  it("refuse segments the proxy never makes", () => {
    expect(viewSearchParams("products", ["page~2"])).toBeNull()
    expect(viewSearchParams("products", ["variant~v~image~2"])).toBeNull()
    expect(viewSearchParams("categories", ["page~2", "x"])).toBeNull()
    expect(viewSearchParams("categories", ["anything"])).toBeNull()
  })
})
