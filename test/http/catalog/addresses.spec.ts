import { describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"

// Catalog pages are reached through Next's own rules (storefront/src/i18n/address-rules.ts),
// compiled once at start; every other page through the locale proxy. Either
// way each language's address renders its page in that language, and the
// other language's address is sent to this one's.

const STOREFRONT = process.env.STOREFRONT_URL ?? ""
const SEED = PRODUCTS[0]!

async function ask(path: string) {
  const res = await fetch(`${STOREFRONT}${path}`, { redirect: "manual" })
  const html = await res.text()
  return { status: res.status, location: res.headers.get("location"), lang: /<html lang="(\w+)"/.exec(html)?.[1], html }
}

function pathOf(location: string | null): string | null {
  if (!location) return null
  const url = new URL(location, STOREFRONT)
  return url.pathname + url.search
}

describe("storefront addresses", () => {
  it("render each language's own address of a page in that language", async () => {
    for (const [path, lang, words] of [
      ["/", "id", "Karya warga binaan"],
      ["/en", "en", "correctional communities"],
      [`/produk/${SEED.handle}`, "id", SEED.title],
      [`/en/products/${SEED.handle}`, "en", SEED.en.title],
      ["/lacak-pesanan", "id", "Lacak pesanan"],
      ["/en/track-order", "en", "Track an order"],
      ["/checkout", "id", "Checkout"],
    ] as const) {
      const page = await ask(path)
      expect(page.status, path).toBe(200)
      expect(page.lang, path).toBe(lang)
      expect(page.html, path).toContain(words.replace(/'/g, "&#x27;"))
    }
  })

  it("render a product's variant view and a search's results from the query", async () => {
    const view = await ask(`/en/products/${SEED.handle}?image=1&utm_source=x`)
    expect(view.status).toBe(200)
    expect(view.lang).toBe("en")
    // The landing page lists no products; its results do.
    expect((await ask("/cari")).html).not.toContain(SEED.title)
    const results = await ask("/cari?q=keripik")
    expect(results.status).toBe(200)
    expect(results.html).toContain(SEED.title)
  })

  it("send the other language's address and /id/… to this language's own, keeping the query", async () => {
    for (const [path, target] of [
      [`/en/produk/${SEED.handle}?image=1`, `/en/products/${SEED.handle}?image=1`],
      ["/en/lacak-pesanan", "/en/track-order"],
      [`/id/produk/${SEED.handle}`, `/produk/${SEED.handle}`],
      ["/id", "/"],
    ] as const) {
      const answer = await ask(path)
      expect([307, 308], path).toContain(answer.status)
      expect(pathOf(answer.location), path).toBe(target)
    }
  })

  it("answer an unknown address with the 404 page in its language", async () => {
    const id = await ask("/tidak-ada-halaman-ini")
    expect(id.status).toBe(404)
    expect(id.html).toContain("karya warga binaan Sumatera Selatan")
    const en = await ask("/en/no-such-page")
    expect(en.status).toBe(404)
    expect(en.html).toContain("made by South Sumatra")
  })
})
