import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { categoryId, createDraft } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"

// GET /store/search: typo-tolerant, ranked, both languages, only what the
// caller's publishable key may sell. The index is kept by subscribers, so a
// change shows within seconds, not at once.

type Hit = { id: string; handle: string; matched_locale: string }
type Answer = { products: Hit[]; count: number; suggestion: string | null; locale: string; other_locale_count: number }

const search = async (params: string, headers?: Record<string, string>) => {
  // Another key than the shop's is sent as is (api() would otherwise put the shop's key over it).
  const res = await api<Answer>(`/store/search?${params}`, headers ? { headers, publishable: false } : {})
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

async function eventually<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  let value = await read()
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what} not within ${ms} ms; last: ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 300))
    value = await read()
  }
  return value
}

describe("product search", () => {
  it("finds keripik for 'kripik', ranked, and suggests the spelling", async () => {
    const answer = await search("q=kripik")
    expect(answer.products.length).toBeGreaterThanOrEqual(3)
    expect(answer.suggestion).toBe("keripik")
    // Every hit has "keripik" in its handle: the title match ranks first.
    expect(answer.products.slice(0, 3).every((p) => p.handle.includes("keripik"))).toBe(true)
    expect(answer.count).toBeGreaterThanOrEqual(answer.products.length)
  })

  it("needs no suggestion for a word spelled as the catalog spells it, and ranks title matches above mentions", async () => {
    const answer = await search("q=keripik%20pisang&limit=100")
    expect(answer.suggestion).toBeNull()
    expect(answer.products[0].handle).toMatch(/keripik-pisang/)
  })

  it("finds English words on the Indonesian site and says the match was English", async () => {
    for (const q of ["banana", "basket"]) {
      const answer = await search(`q=${q}`)
      expect(answer.locale).toBe("id")
      expect(answer.products.length, q).toBeGreaterThanOrEqual(1)
      expect(answer.products.every((p) => p.matched_locale === "en-US"), q).toBe(true)
      expect(answer.other_locale_count).toBe(answer.products.length)
    }
    const banana = await search("q=banana")
    expect(banana.products.some((p) => p.handle.includes("pisang"))).toBe(true)
    const basket = await search("q=basket")
    expect(basket.products.some((p) => p.handle.includes("keranjang"))).toBe(true)
  })

  it("finds the same product in English on the English site, as an English match", async () => {
    const answer = await search("q=banana%20chips&locale=en-US")
    expect(answer.locale).toBe("en-US")
    expect(answer.products[0].matched_locale).toBe("en-US")
    expect(answer.other_locale_count).toBe(0)
  })

  it("pages with limit and offset", async () => {
    const all = await search("q=keripik&limit=100")
    const second = await search("q=keripik&limit=2&offset=2")
    expect(second.products.map((p) => p.id)).toEqual(all.products.slice(2, 4).map((p) => p.id))
    expect(second.count).toBe(all.count)
  })

  it("answers nothing, not an error, for words the catalog does not hold", async () => {
    const answer = await search("q=zzqxv")
    expect(answer).toMatchObject({ products: [], count: 0, suggestion: null })
  })

  it.each([
    ["no q", ""],
    ["an empty q", "q=%20"],
    ["a NUL in q", "q=keri%00pik"],
    ["a huge q", `q=${"keripik".repeat(100)}`],
    ["a negative limit", "q=keripik&limit=-1"],
    ["a fractional offset", "q=keripik&offset=1.5"],
    ["a limit above 100", "q=keripik&limit=1000"],
    ["an unknown locale", "q=keripik&locale=fr-FR"],
    ["an unknown parameter", "q=keripik&status=draft"],
  ])("refuses %s with 400 and a message", async (_what, params) => {
    const res = await api(`/store/search?${params}`)
    expect(res.status).toBe(400)
    expect(typeof res.body.message).toBe("string")
  })
})

describe("product search never shows what the caller may not buy", () => {
  let operator: string
  let c: DemoCoordinator
  const cleanups: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    operator = await operatorToken()
    c = await demoCoordinator(2)
  })
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it("hides a draft until it is published, and again once it is archived", async () => {
    const draft = await createDraft(c.token, c.cohortId, await categoryId())
    cleanups.push(() => api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} }))
    const word = (draft.title as string).split(" ").pop()!.toLowerCase()
    const ids = async () => (await search(`q=${word}`)).products.map((p) => p.id)
    // Long enough for the product.created subscriber to have indexed the draft.
    for (let i = 0; i < 6; i++) {
      expect(await ids()).not.toContain(draft.id)
      await new Promise((r) => setTimeout(r, 500))
    }
    expect((await api(`/coordinator/products/${draft.id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    expect((await api(`/admin/listings/${draft.id}/publish`, { token: operator, body: {} })).status).toBe(200)
    await eventually("the published listing in search", ids, (v) => v.includes(draft.id))
    // Its English title is searchable as well, and so is a typo of it.
    await eventually("the English title", async () => (await search(`q=test%20chips%20${word}&locale=en-US`)).products.map((p) => p.id), (v) => v.includes(draft.id))
    expect((await api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} })).status).toBe(200)
    await eventually("the archived listing gone from search", ids, (v) => !v.includes(draft.id))
  })

  it("shows a product of another sales channel only to that channel's publishable key", async () => {
    const tag = unique("rahasia").replace(/[^a-z0-9]/gi, "").toLowerCase()
    const channel = await api("/admin/sales-channels", { token: operator, body: { name: `Search test ${tag}` } })
    expect(channel.status).toBe(200)
    const channelId = channel.body.sales_channel.id
    const key = await api("/admin/api-keys", { token: operator, body: { title: `Search test ${tag}`, type: "publishable" } })
    expect(key.status).toBe(200)
    const linked = await api(`/admin/api-keys/${key.body.api_key.id}/sales-channels`, { token: operator, body: { add: [channelId] } })
    expect(linked.status).toBe(200)
    const created = await api("/admin/products", {
      token: operator,
      body: {
        title: `Tas Saluran ${tag}`,
        status: "published",
        sales_channels: [{ id: channelId }],
        options: [{ title: "Ukuran", values: ["Satu"] }],
        variants: [{ title: "Satu", options: { Ukuran: "Satu" }, manage_inventory: false, prices: [{ currency_code: "idr", amount: 10000 }] }],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const productId = created.body.product.id
    cleanups.push(() => api(`/admin/products/${productId}`, { token: operator, method: "DELETE" }))
    cleanups.push(() => api(`/admin/api-keys/${key.body.api_key.id}/revoke`, { token: operator, body: {} }))

    const otherKey = { "x-publishable-api-key": key.body.api_key.token }
    await eventually("the product for its own channel's key", async () => (await search(`q=${tag}`, otherKey)).products.map((p) => p.id), (v) => v.includes(productId))
    const shop = await search(`q=${tag}`)
    expect(shop.products.map((p) => p.id)).not.toContain(productId)
    expect(shop.count).toBe(0)
    // Nor does its word leak as a "did you mean" to the shop's key.
    expect((await search(`q=${tag.slice(0, -1)}x`)).suggestion).toBeNull()
  })
})
