import { describe, expect, it } from "vitest"

// A listing asked for a page it does not have is sent to one it has: the last
// page past the end, page 1 for junk. Never "Page 3 of 2", never page 1's
// products under another address.

const STOREFRONT = process.env.STOREFRONT_URL ?? ""

async function visit(path: string) {
  const res = await fetch(`${STOREFRONT}${path}`, { redirect: "manual" })
  return { status: res.status, location: res.headers.get("location"), html: res.status === 200 ? await res.text() : "" }
}

/** Where a redirect points, as a path and query on the storefront. */
const target = (location: string | null) => {
  const url = new URL(location ?? "", STOREFRONT)
  return `${url.pathname}${url.search}`
}

describe("listings with paging", () => {
  it("sends a category's page past the end to its last page, which exists", async () => {
    const past = await visit("/kategori/kerajinan?page=999")
    expect([307, 308]).toContain(past.status)
    const last = target(past.location)
    expect(last).toMatch(/^\/kategori\/kerajinan\?page=\d+$/)
    const lastPage = Number(new URL(last, STOREFRONT).searchParams.get("page"))
    expect(lastPage).toBeGreaterThanOrEqual(2)
    const shown = await visit(last)
    expect(shown.status).toBe(200)
    expect(shown.html).toMatch(new RegExp(`aria-current="page" aria-label="Halaman ${lastPage}"`))
  })

  it("sends ?page=0, -1 and abc to the category's first page, keeping the order chosen", async () => {
    for (const junk of ["0", "-1", "abc"]) {
      const res = await visit(`/kategori/kerajinan?page=${junk}`)
      expect([307, 308], junk).toContain(res.status)
      expect(target(res.location), junk).toBe("/kategori/kerajinan")
    }
    const sorted = await visit("/kategori/kerajinan?page=abc&sort=title-asc")
    expect(target(sorted.location)).toBe("/kategori/kerajinan?sort=title-asc")
  })

  it("does the same in English", async () => {
    const res = await visit("/en/categories/kerajinan?page=999")
    expect([307, 308]).toContain(res.status)
    expect(target(res.location)).toMatch(/^\/en\/categories\/kerajinan\?page=\d+$/)
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
    expect((await visit("/kategori/kerajinan?page=2")).status).toBe(200)
    expect((await visit("/kategori/kerajinan")).status).toBe(200)
  })
})
