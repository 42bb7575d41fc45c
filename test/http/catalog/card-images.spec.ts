import { describe, expect, it } from "vitest"

// A phone's first screen of a category or search shows the first two cards;
// the first card's photo is what such a page paints last (Lighthouse's LCP
// element). Those photos must not wait for lazy loading; cards further down must.

const STOREFRONT = process.env.STOREFRONT_URL ?? ""

/** The <img> tags of the page's product list, in order. */
async function cardImages(path: string, listLabel: string): Promise<string[]> {
  const res = await fetch(`${STOREFRONT}${path}`)
  expect(res.status).toBe(200)
  const html = await res.text()
  const list = html.match(new RegExp(`<ul aria-label="${listLabel}"[^>]*>([\\s\\S]*?)</ul>`))
  expect(list, `no list "${listLabel}" on ${path}`).not.toBeNull()
  return [...list![1]!.matchAll(/<img [^>]*>/g)].map((m) => m[0])
}

const lazy = (img: string) => /loading="lazy"/.test(img)
const high = (img: string) => /fetchpriority="high"/i.test(img)

describe("product card photos", () => {
  it("loads a category's first row at once, the first photo first, and the rest lazily (both languages)", async () => {
    for (const [path, label] of [
      ["/kategori/pangan-olahan", "Daftar produk"],
      ["/en/categories/pangan-olahan", "Product list"],
    ]) {
      const images = await cardImages(path!, label!)
      expect(images.length, path).toBeGreaterThan(4)
      expect(high(images[0]!) && !lazy(images[0]!), images[0]).toBe(true)
      for (const img of images.slice(1, 4)) expect(lazy(img) || high(img), img).toBe(false)
      for (const img of images.slice(4)) expect(lazy(img), img).toBe(true)
    }
  })

  it("loads the home page's featured cards lazily: they sit below the hero", async () => {
    const images = await cardImages("/", "Daftar produk")
    expect(images.length).toBeGreaterThan(0)
    expect(images.every(lazy)).toBe(true)
    expect(images.some(high)).toBe(false)
  })
})
