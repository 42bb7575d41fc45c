import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, createCart, seededVariant, setAvailable, stockLevel, type StockedVariant } from "../helpers/checkout"
import { coordinatorOf } from "../helpers/coordinators"
import { foodBatch, recordBatch } from "../helpers/production"

// Catalog pages are rendered once and served from Next's cache to everyone;
// the backend revalidates them when the data behind them changes.

const STOREFRONT = process.env.STOREFRONT_URL ?? ""
// A product no other suite changes: its price and stock are ours to move here.
const SEED = PRODUCTS[5]
const NBSP = "\u00a0"
const FRESH_WITHIN_MS = 10_000

type Answer = { status: number; cache: string | null; cacheControl: string | null; setCookie: string | null; html: string }

async function visit(path: string, cookie?: string): Promise<Answer> {
  const res = await fetch(`${STOREFRONT}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" })
  return {
    status: res.status,
    cache: res.headers.get("x-nextjs-cache"),
    cacheControl: res.headers.get("cache-control"),
    setCookie: res.headers.get("set-cookie"),
    html: await res.text(),
  }
}

/**
 * Two visitors back to back, until both are answered from the cache. Other
 * suites change stock meanwhile, and each change rightly expires the page
 * once: the first answer after it is a fresh render.
 */
async function asTwoVisitors(path: string, cookie: string): Promise<[Answer, Answer]> {
  let answers: [Answer, Answer] = [await visit(path), await visit(path, cookie)]
  for (let attempt = 0; attempt < 10 && !answers.every((a) => a.cache === "HIT"); attempt++) {
    answers = [await visit(path), await visit(path, cookie)]
  }
  return answers
}

/** The page's HTML once it satisfies `shows`, polled; fails after FRESH_WITHIN_MS. */
async function eventually(path: string, shows: (html: string) => boolean): Promise<string> {
  const deadline = Date.now() + FRESH_WITHIN_MS
  let html = ""
  while (Date.now() < deadline) {
    html = (await visit(path)).html
    if (shows(html)) return html
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${path} did not change within ${FRESH_WITHIN_MS} ms`)
}

const rupiah = (amount: number) => `Rp${NBSP}${amount.toLocaleString("id-ID")}`

describe("catalog pages from the shared cache", () => {
  let variant: StockedVariant
  let productId: string
  let cartId: string
  let visitorCookie: string
  let token: string
  let sellable: number

  beforeAll(async () => {
    expect(STOREFRONT, "STOREFRONT_URL is set by npm test").not.toBe("")
    token = await operatorToken()
    variant = await seededVariant(5)
    const res = await api(`/store/products?handle=${SEED.handle}&fields=id`)
    productId = res.body.products[0].id
    const level = await stockLevel(variant, token)
    sellable = level.stocked - level.reserved
    await setAvailable(variant, Math.max(sellable, 20))
    cartId = await createCart("cache.visitor@example.com")
    expect((await addLine(cartId, variant.variantId, 2)).status).toBe(200)
    // A shopper with a cart and a login cookie: neither may show in, or change, a cached page.
    visitorCookie = `_karya_cart_id=${cartId}; _karya_jwt=not-a-real-login`
  })

  afterAll(async () => {
    await setAvailable(variant, sellable)
  })

  const pages = () => [
    "/",
    "/en",
    "/kategori/pangan-olahan",
    "/en/categories/pangan-olahan?page=1&sort=title-asc",
    `/produk/${SEED.handle}`,
    `/en/products/${SEED.handle}?variant=${variant.variantId}`,
    `/kohort/${SEED.cohort}`,
    `/en/cohorts/${SEED.cohort}`,
  ]

  it("answers home, category, product and cohort pages from the cache, the same HTML for every visitor", async () => {
    for (const path of pages()) {
      const [stranger, shopper] = await asTwoVisitors(path, visitorCookie)
      expect([stranger.status, shopper.status], path).toEqual([200, 200])
      expect([stranger.cache, shopper.cache], path).toEqual(["HIT", "HIT"])
      expect(shopper.cacheControl, path).toMatch(/s-maxage=\d+/)
      expect(shopper.cacheControl, path).not.toMatch(/private|no-store/)
      // A CDN or proxy in front (nginx, Cloudflare, Fastly) keeps no answer that sets a cookie.
      expect([stranger.setCookie, shopper.setCookie], path).toEqual([null, null])
      expect(shopper.html, path).toBe(stranger.html)
      expect(shopper.html, path).not.toContain(cartId)
    }
  })

  it("names each page's other language in its <head>, not in a Link header worked out per request", async () => {
    const alternates = (html: string) =>
      Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="https?:\/\/[^/"]+([^"]*)"\/>/g)].map((m) => [m[1], m[2]]))
    for (const path of [`/produk/${SEED.handle}`, `/en/products/${SEED.handle}`]) {
      const res = await fetch(`${STOREFRONT}${path}`)
      expect(res.status, path).toBe(200)
      // next-intl's Link header sorted every localized pathname on every request, cached pages included.
      expect(res.headers.get("link"), path).toBeNull()
      expect(alternates(await res.text()), path).toEqual({
        id: `/produk/${SEED.handle}`,
        en: `/en/products/${SEED.handle}`,
        "x-default": `/produk/${SEED.handle}`,
      })
    }
  })

  it("leaves the cart count and the login to /api/visitor, never cached", async () => {
    const shopper = await fetch(`${STOREFRONT}/api/visitor`, { headers: { cookie: visitorCookie } })
    expect(shopper.headers.get("cache-control")).toMatch(/private, no-store/)
    expect(await shopper.json()).toEqual({ cartCount: 2, loggedIn: true })
    const stranger = await fetch(`${STOREFRONT}/api/visitor`)
    expect(await stranger.json()).toEqual({ cartCount: 0, loggedIn: false })
    expect((await fetch(`${STOREFRONT}/api/visitor?x=1`)).status).toBe(400)
  })

  it("shows a price changed in Medusa Admin within seconds, in both languages", async () => {
    const path = `/produk/${SEED.handle}`
    await asTwoVisitors(path, visitorCookie)
    const read = await api(`/admin/products/${productId}/variants/${variant.variantId}?fields=*prices`, { token })
    // The seed gives each variant one price, in rupiah; all of them are sent back, so none is dropped.
    const prices: { id: string; currency_code: string; amount: number }[] = read.body.variant.prices
    const idr = prices.find((p) => p.currency_code === "idr")!
    const changed = idr.amount + 1_000
    const update = (amount: number) =>
      api(`/admin/products/${productId}/variants/${variant.variantId}`, {
        token,
        body: { prices: prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.id === idr.id ? amount : p.amount })) },
      })
    try {
      expect((await update(changed)).status).toBe(200)
      await eventually(path, (html) => html.includes(rupiah(changed)))
      await eventually(`/en/products/${SEED.handle}`, (html) => html.includes(rupiah(changed)))
    } finally {
      expect((await update(idr.amount)).status).toBe(200)
    }
    await eventually(path, (html) => html.includes(rupiah(idr.amount)))
  })

  it("shows the stock state after a restock in Admin and after a batch is recorded, within seconds", async () => {
    const path = `/produk/${SEED.handle}?variant=${variant.variantId}`
    await asTwoVisitors(path, visitorCookie)
    await setAvailable(variant, 0)
    await eventually(path, (html) => html.includes("Stok habis"))

    const coordinator = await coordinatorOf(SEED.cohort)
    const made = await recordBatch(coordinator, await foodBatch(coordinator, variant.variantId, 3, 180))
    expect(made.status).toBe(201)
    await eventually(path, (html) => html.includes("Tinggal 3 lagi"))
  })
})
