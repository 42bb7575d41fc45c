import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, createCart, seededVariant, setAvailable, stockLevel } from "../helpers/checkout"
import { categoryId, createDraft } from "../helpers/coordinator-products"
import { coordinatorOf, demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { sql } from "../helpers/database"
import { foodBatch, recordBatch } from "../helpers/production"
import { idrRegionId } from "../helpers/store"

// Store reads are served from Medusa's Caching Module (on by default). Each
// cached route is read, the data behind it changed through the real routes,
// and the change must show within seconds; a write made behind Medusa's back
// (straight into PostgreSQL, no event) must NOT show, which is how we see that
// a repeated read is answered from the cache and not from the database.

const FRESH_WITHIN_MS = 10_000

/** Reads until `ok` holds; fails with the last answer after FRESH_WITHIN_MS. */
async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + FRESH_WITHIN_MS
  let value = await read()
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what} did not show within ${FRESH_WITHIN_MS} ms; last answer: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

type StoreProduct = {
  id: string
  title: string
  food_label?: { ingredients: string } | null
  variants: { id: string; sku: string; inventory_quantity?: number; calculated_price?: { calculated_amount: number } }[]
}

describe("store API reads from Medusa's Caching Module, fresh after every change", () => {
  let operator: string
  let c: DemoCoordinator
  let regionId: string
  const cleanups: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    operator = await operatorToken()
    c = await demoCoordinator(3)
    regionId = await idrRegionId()
  })

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  const byHandle = async (handle: string, locale?: string): Promise<StoreProduct[]> => {
    const fields = "id,title,*food_label,*variants.calculated_price,+variants.inventory_quantity,variants.sku"
    const res = await api(`/store/products?handle=${handle}&region_id=${regionId}&fields=${fields}${locale ? `&locale=${locale}` : ""}`)
    expect(res.status).toBe(200)
    return res.body.products
  }
  const cohortProductIds = async (): Promise<string[]> => {
    const res = await api(`/store/products?cohort_id=${c.cohortId}&fields=id&limit=500`)
    expect(res.status).toBe(200)
    return res.body.products.map((p: { id: string }) => p.id)
  }
  const cohortPageProductIds = async (): Promise<string[]> => {
    const res = await api(`/store/cohorts/${c.cohortHandle}`)
    expect(res.status).toBe(200)
    return res.body.cohort.products.map((p: { id: string }) => p.id)
  }
  const publish = async (id: string) => {
    expect((await api(`/coordinator/products/${id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    expect((await api(`/admin/listings/${id}/publish`, { token: operator, body: {} })).status).toBe(200)
  }

  it("shows a listing once published, then its new title, price and food label (both languages)", async () => {
    const draft = await createDraft(c.token, c.cohortId, await categoryId(), {
      en: { title: "Cache Chips EN", food_label: { ingredients: "Kepok banana, salt" } },
      food_label: { halal_status: "in_process", shelf_life_days: 90, ingredients: "Pisang kepok, garam" },
    })
    cleanups.push(() => api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} }))

    // Absent while a draft: these empty answers are cached too, and must not outlive the publication.
    for (let i = 0; i < 2; i++) {
      expect(await byHandle(draft.handle)).toEqual([])
      expect(await cohortProductIds()).not.toContain(draft.id)
      expect(await cohortPageProductIds()).not.toContain(draft.id)
    }
    await publish(draft.id)
    await eventually("the published listing by handle", () => byHandle(draft.handle), (p) => p.length === 1)
    await eventually("the published listing in its cohort's product list", cohortProductIds, (ids) => ids.includes(draft.id))
    await eventually("the published listing on its cohort's page", cohortPageProductIds, (ids) => ids.includes(draft.id))

    // Title, through Medusa Admin.
    const title = `${draft.title} Baru`
    expect((await api(`/admin/products/${draft.id}`, { token: operator, body: { title } })).status).toBe(200)
    await eventually("the new title", () => byHandle(draft.handle), (p) => p[0]?.title === title)

    // Price of the first variant, through Medusa Admin.
    const variantId: string = draft.variants[0].id
    const read = await api(`/admin/products/${draft.id}/variants/${variantId}?fields=*prices`, { token: operator })
    const prices: { id: string; currency_code: string; amount: number }[] = read.body.variant.prices
    const idr = prices.find((p) => p.currency_code === "idr")!
    const changed = idr.amount + 2_000
    const repriced = await api(`/admin/products/${draft.id}/variants/${variantId}`, {
      token: operator,
      body: { prices: prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.id === idr.id ? changed : p.amount })) },
    })
    expect(repriced.status).toBe(200)
    await eventually(
      "the new price",
      () => byHandle(draft.handle),
      (p) => p[0]?.variants.find((v) => v.id === variantId)?.calculated_price?.calculated_amount === changed
    )

    // Food label, Indonesian and English: a live listing is relabelled by rejecting, editing and publishing it again.
    expect((await byHandle(draft.handle, "en-US"))[0].food_label?.ingredients).toBe("Kepok banana, salt")
    const rejected = await api(`/admin/listings/${draft.id}/reject`, { token: operator, body: { reason: "Label belum lengkap" } })
    expect(rejected.status).toBe(200)
    await eventually("the rejected listing leaving the store", () => byHandle(draft.handle), (p) => p.length === 0)
    const relabelled = await api(`/coordinator/products/${draft.id}`, {
      token: c.token,
      body: {
        food_label: { halal_status: "certified", halal_certificate_number: "ID-CACHE-1", shelf_life_days: 120, ingredients: "Pisang kepok, garam laut" },
        en: { food_label: { ingredients: "Kepok banana, sea salt" } },
      },
    })
    expect(relabelled.status, JSON.stringify(relabelled.body)).toBe(200)
    await publish(draft.id)
    await eventually("the new food label", () => byHandle(draft.handle), (p) => p[0]?.food_label?.ingredients === "Pisang kepok, garam laut")
    await eventually(
      "the new English food label",
      () => byHandle(draft.handle, "en-US"),
      (p) => p[0]?.food_label?.ingredients === "Kepok banana, sea salt"
    )
  })

  it("shows a restock in Medusa Admin, and lets a cart add what a recorded batch brought", async () => {
    // A seeded product no other suite moves the stock of; its stock is put back afterwards.
    const seed = PRODUCTS[9]
    const variant = await seededVariant(9)
    const level = await stockLevel(variant, operator)
    const available = level.stocked - level.reserved
    const quantity = async () => (await byHandle(seed.handle))[0]?.variants.find((v) => v.id === variant.variantId)?.inventory_quantity
    try {
      expect([await quantity(), await quantity()]).toEqual([available, available])
      await setAvailable(variant, available + 5)
      await eventually("the restocked quantity", quantity, (q) => q === available + 5)

      // Add to cart checks stock on variants Medusa caches with their inventory levels:
      // sold out in Admin, then a batch recorded by the cohort's coordinator (our own stock move).
      const cartId = await createCart(`${unique("cache")}@pembeli.test`)
      await setAvailable(variant, 0)
      await eventually("sold out", quantity, (q) => q === 0)
      expect((await addLine(cartId, variant.variantId, 1)).status).not.toBe(200)
      const coordinator = await coordinatorOf(seed.cohort)
      expect((await recordBatch(coordinator, await foodBatch(coordinator, variant.variantId, 2, 180))).status).toBe(201)
      await eventually("the batch's units in a cart", () => addLine(cartId, variant.variantId, 1), (res) => res.status === 200)
    } finally {
      await setAvailable(variant, available)
    }
  })

  it("shows a cohort's new tagline in both languages on the cohort list and the cohort page", async () => {
    const handle = unique("cache")
    const created = await api("/admin/cohorts", {
      token: operator,
      body: {
        handle,
        name: "Kelompok Cache Uji",
        facility_name: "Lapas Uji Cache",
        facility_type: "rutan",
        area: "other",
        craft_line: "tali_meiwa",
        tagline: "Tagline lama",
        story: "Kelompok fiktif untuk pengujian cache.",
        address: { address_1: "Jl. Uji 2", city: "Palembang", postal_code: "30111" },
        status: "active",
        translations: { "en-US": { tagline: "Old tagline" } },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id: string = created.body.cohort.id
    cleanups.push(() => api(`/admin/cohorts/${id}`, { token: operator, body: { status: "inactive" } }))

    const page = async (locale?: string) => (await api(`/store/cohorts/${handle}${locale ? `?locale=${locale}` : ""}`)).body.cohort?.tagline
    const listed = async (locale?: string) => {
      const res = await api(`/store/cohorts?limit=100${locale ? `&locale=${locale}` : ""}`)
      expect(res.status).toBe(200)
      return res.body.cohorts.find((x: { handle: string }) => x.handle === handle)?.tagline
    }
    for (let i = 0; i < 2; i++) {
      expect([await page(), await page("en-US"), await listed(), await listed("en-US")]).toEqual([
        "Tagline lama",
        "Old tagline",
        "Tagline lama",
        "Old tagline",
      ])
    }
    const edited = await api(`/admin/cohorts/${id}`, {
      token: operator,
      body: { tagline: "Tagline baru", translations: { "en-US": { tagline: "New tagline" } } },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await eventually("the cohort page's new tagline", () => page(), (t) => t === "Tagline baru")
    await eventually("the cohort page's new English tagline", () => page("en-US"), (t) => t === "New tagline")
    await eventually("the cohort list's new tagline", () => listed(), (t) => t === "Tagline baru")
    await eventually("the cohort list's new English tagline", () => listed("en-US"), (t) => t === "New tagline")
  })

  it("shows a new category and a new region, and their new names", async () => {
    const handle = unique("cache-kat")
    const category = await api("/admin/product-categories", {
      token: operator,
      body: { name: "Kategori Cache", handle, is_active: true, is_internal: false },
    })
    expect(category.status, JSON.stringify(category.body)).toBe(200)
    const categoryIdCreated: string = category.body.product_category.id
    cleanups.push(() => api(`/admin/product-categories/${categoryIdCreated}`, { token: operator, method: "DELETE" }))
    const categoryName = async () => (await api(`/store/product-categories?handle=${handle}&fields=id,name`)).body.product_categories[0]?.name
    await eventually("the new category", categoryName, (n) => n === "Kategori Cache")
    expect((await api(`/admin/product-categories/${categoryIdCreated}`, { token: operator, body: { name: "Kategori Cache Baru" } })).status).toBe(200)
    await eventually("the category's new name", categoryName, (n) => n === "Kategori Cache Baru")

    const regionName = unique("Wilayah Cache")
    const regionNames = async (): Promise<string[]> =>
      (await api("/store/regions?fields=id,name&limit=100")).body.regions.map((r: { name: string }) => r.name)
    expect(await regionNames()).not.toContain(regionName)
    const region = await api("/admin/regions", { token: operator, body: { name: regionName, currency_code: "idr" } })
    expect(region.status, JSON.stringify(region.body)).toBe(200)
    const regionIdCreated: string = region.body.region.id
    cleanups.push(() => api(`/admin/regions/${regionIdCreated}`, { token: operator, method: "DELETE" }))
    await eventually("the new region", regionNames, (names) => names.includes(regionName))
    expect((await api(`/admin/regions/${regionIdCreated}`, { token: operator, body: { name: `${regionName} Baru` } })).status).toBe(200)
    await eventually("the region's new name", regionNames, (names) => names.includes(`${regionName} Baru`))
  })

  it("answers a repeated read from the cache: a write behind Medusa's back shows only after an event", async () => {
    const draft = await createDraft(c.token, c.cohortId, await categoryId())
    cleanups.push(() => api(`/coordinator/products/${draft.id}/archive`, { token: c.token, body: {} }))
    await publish(draft.id)
    const shown = await eventually("the published listing", () => byHandle(draft.handle), (p) => p.length === 1)
    expect((await byHandle(draft.handle))[0].title).toBe(shown[0].title)
    const cohortTagline = async () => (await api(`/store/cohorts/${c.cohortHandle}`)).body.cohort.tagline as string
    const tagline = await cohortTagline()

    // The database changes, no event says so: the store keeps answering what it cached.
    await sql("update product set title = $1 where id = $2", [`${draft.title} (SQL)`, draft.id])
    await sql("update cohort set tagline = $1 where id = $2", [`${tagline} (SQL)`, c.cohortId])
    try {
      for (let i = 0; i < 3; i++) {
        expect((await byHandle(draft.handle))[0].title).toBe(shown[0].title)
        expect(await cohortTagline()).toBe(tagline)
      }
      // Any catalog change through Medusa clears the cache: the next read reaches the database.
      expect((await api(`/admin/products/${draft.id}`, { token: operator, body: { subtitle: "Dibaca ulang" } })).status).toBe(200)
      await eventually("the database's title", () => byHandle(draft.handle), (p) => p[0]?.title === `${draft.title} (SQL)`)
      await eventually("the database's tagline", cohortTagline, (t) => t === `${tagline} (SQL)`)
    } finally {
      await sql("update cohort set tagline = $1 where id = $2", [tagline, c.cohortId])
      // Put the cohort's own tagline back in the cache too.
      expect((await api(`/admin/cohorts/${c.cohortId}`, { token: operator, body: { tagline } })).status).toBe(200)
    }
    await eventually("the cohort's own tagline", cohortTagline, (t) => t === tagline)
  })

  it("knows which products a sales channel holds from the cache, and sees the Admin change a channel's range", async () => {
    // A channel of its own, as a partner outlet's is, with a publishable key for it.
    const tag = unique("kanal")
    const channel = await api("/admin/sales-channels", { token: operator, body: { name: `Cache test ${tag}` } })
    expect(channel.status).toBe(200)
    const channelId: string = channel.body.sales_channel.id
    const key = await api("/admin/api-keys", { token: operator, body: { title: `Cache test ${tag}`, type: "publishable" } })
    expect(key.status).toBe(200)
    cleanups.push(() => api(`/admin/api-keys/${key.body.api_key.id}/revoke`, { token: operator, body: {} }))
    expect((await api(`/admin/api-keys/${key.body.api_key.id}/sales-channels`, { token: operator, body: { add: [channelId] } })).status).toBe(200)
    const product = async (title: string, channels: { id: string }[]) => {
      const res = await api("/admin/products", {
        token: operator,
        body: {
          title,
          status: "published",
          sales_channels: channels,
          options: [{ title: "Ukuran", values: ["Satu"] }],
          variants: [{ title: "Satu", options: { Ukuran: "Satu" }, manage_inventory: false, prices: [{ currency_code: "idr", amount: 10000 }] }],
        },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const id: string = res.body.product.id
      cleanups.push(() => api(`/admin/products/${id}`, { token: operator, method: "DELETE" }))
      return id
    }
    const inChannel = await product(`Tas Kanal ${tag}`, [{ id: channelId }])
    const outside = await product(`Tikar Luar ${tag}`, [])
    const channelProductIds = async (): Promise<string[]> => {
      const res = await api(`/store/products?fields=id&limit=500`, { headers: { "x-publishable-api-key": key.body.api_key.token }, publishable: false })
      expect(res.status).toBe(200)
      return res.body.products.map((p: { id: string }) => p.id)
    }
    await eventually("the channel's product", channelProductIds, (ids) => ids.includes(inChannel) && !ids.includes(outside))
    // The two products' own events clear the cache once more as their subscribers land: let them, then cache again.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(await channelProductIds()).not.toContain(outside)

    // Linked behind Medusa's back, no event: the channel's range is answered from the cache.
    await sql("insert into product_sales_channel (id, product_id, sales_channel_id) values ($1, $2, $3)", [`prodsc_${tag}`, outside, channelId])
    try {
      for (let i = 0; i < 3; i++) expect(await channelProductIds()).not.toContain(outside)
    } finally {
      await sql("delete from product_sales_channel where id = $1", [`prodsc_${tag}`])
    }

    // The Admin's channel page adds one product and takes the other out: Medusa emits no event for it.
    const changed = await api(`/admin/sales-channels/${channelId}/products`, { token: operator, body: { add: [outside], remove: [inChannel] } })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    await eventually("the channel's new range", channelProductIds, (ids) => ids.includes(outside) && !ids.includes(inChannel))
  })
})
