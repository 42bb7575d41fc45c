import { describe, expect, it } from "vitest"

// A listing asked for a page it does not have never shows "Page 3 of 2" or a
// copy of page 1 under another address: a category (cached per view) answers
// 404, search results (rendered per request) redirect to the last or first page.

const STOREFRONT = process.env.STOREFRONT_URL ?? ""

async function visit(path: string) {
  const res = await fetch(`${STOREFRONT}${path}`, { redirect: "manual" })
  return { status: res.status, location: res.headers.get("location"), html: await res.text() }
}

/** Where a redirect points, as a path and query on the storefront. */
const target = (location: string | null) => {
  const url = new URL(location ?? "", STOREFRONT)
  return `${url.pathname}${url.search}`
}

describe("listings with paging", () => {
  it("answers a category's page past the end with 404, never 'Page 3 of 2', and shows its pages that exist", async () => {
    const past = await visit("/kategori/kerajinan?page=999")
    expect(past.status).toBe(404)
    expect(past.html).not.toMatch(/Halaman 999/)
    const second = await visit("/kategori/kerajinan?page=2")
    expect(second.status).toBe(200)
    expect(second.html).toMatch(/aria-current="page" aria-label="Halaman 2"/)
  })

  it("answers ?page=0, -1 and abc on a category with 404, in both languages", async () => {
    for (const junk of ["0", "-1", "abc"]) {
      expect((await visit(`/kategori/kerajinan?page=${junk}`)).status, junk).toBe(404)
      expect((await visit(`/en/categories/kerajinan?page=${junk}&sort=title-asc`)).status, junk).toBe(404)
    }
    expect((await visit("/en/categories/kerajinan?page=999")).status).toBe(404)
  })

  it("sends search results past the end to their last page, and junk to the first", async () => {
    const past = await visit("/cari?q=tas&page=999")
    expect([307, 308]).toContain(past.status)
    expect(target(past.location)).toMatch(/^\/cari\?q=tas(&page=\d+)?$/)
    expect((await visit(target(past.location))).status).toBe(200)
    const junk = await visit("/en/search?q=bag&page=-1")
    expect([307, 308]).toContain(junk.status)
    expect(target(junk.location)).toBe("/en/search?q=bag")
  })

  it("shows a page that exists without a redirect", async () => {
    expect((await visit("/kategori/kerajinan")).status).toBe(200)
    expect((await visit("/en/categories/kerajinan?page=2")).status).toBe(200)
  })
})
