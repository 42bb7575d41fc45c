import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { idrRegionId } from "../helpers/store"

type Product = Record<string, any>
const FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*variants.options,*options,*cohort,*food_label,*categories"

describe("the demo catalog through the store API", () => {
  let regionId: string
  let products: Product[]

  beforeAll(async () => {
    regionId = await idrRegionId()
    const res = await api<{ products: Product[]; count: number }>(`/store/products?limit=200&region_id=${regionId}&fields=${FIELDS}`)
    expect(res.status).toBe(200)
    products = res.body.products
  })

  it("sells at least 24 products, each from a cohort, with whole-rupiah IDR prices", () => {
    expect(products.length).toBeGreaterThanOrEqual(24)
    for (const product of products) {
      expect(product.cohort, product.handle).toEqual(expect.objectContaining({ handle: expect.any(String) }))
      expect(product.cohort).not.toHaveProperty("status")
      for (const variant of product.variants) {
        const price = variant.calculated_price
        expect(price.currency_code).toBe("idr")
        expect(Number.isInteger(price.calculated_amount)).toBe(true)
        expect(price.calculated_amount).toBeGreaterThanOrEqual(5_000)
        expect(price.calculated_amount).toBeLessThanOrEqual(500_000)
      }
    }
  })

  it("tracks stock for every variant, and most products are in stock", () => {
    for (const product of products) {
      for (const variant of product.variants) expect(typeof variant.inventory_quantity, variant.sku).toBe("number")
    }
    const stocked = products.filter((p) => p.variants.some((v: Product) => v.inventory_quantity > 0))
    expect(stocked.length / products.length).toBeGreaterThanOrEqual(0.9)
  })

  it("labels every food product with P-IRT, halal status, shelf life, ingredients and net weight", () => {
    const food = products.filter((p) => p.categories.some((c: Product) => ["pisang", "tempe"].includes(c.handle)))
    expect(food.length).toBeGreaterThanOrEqual(8)
    for (const product of food) {
      expect(product.food_label, product.handle).toEqual(
        expect.objectContaining({
          pirt_number: expect.stringMatching(/^\d{15,}$/),
          halal_status: expect.stringMatching(/^(certified|in_process|not_certified)$/),
          shelf_life_days: expect.any(Number),
          ingredients: expect.any(String),
        })
      )
      const netWeight = product.options.find((o: Product) => o.title === "Berat bersih")
      expect(netWeight, `${product.handle} has no "Berat bersih" option`).toBeDefined()
      for (const variant of product.variants) {
        const value = variant.options.find((o: Product) => o.option_id === netWeight.id)?.value
        expect(value, variant.sku).toMatch(/^\d+(,\d+)?\s?(g|kg)$/)
      }
    }
  })

  it("lists a cohort's products with ?cohort_id and nothing else", async () => {
    const cohortId = products[0].cohort.id
    const res = await api(`/store/products?cohort_id=${cohortId}&fields=*cohort&limit=200`)
    expect(res.status).toBe(200)
    expect(res.body.products.length).toBe(products.filter((p) => p.cohort.id === cohortId).length)
    expect(res.body.products.every((p: Product) => p.cohort.id === cohortId)).toBe(true)
  })

  it("matches nothing for an unknown cohort instead of everything", async () => {
    const res = await api("/store/products?cohort_id=coh_unknown")
    expect(res.status).toBe(200)
    expect(res.body.products).toEqual([])
  })

  it("translates products into English with ?locale=en-US", async () => {
    const handle = products[0].handle
    const id = await api(`/store/products?handle=${handle}`)
    const en = await api(`/store/products?handle=${handle}&locale=en-US`)
    expect(en.body.products[0].title).not.toEqual(id.body.products[0].title)
  })

  it("searches in the shopper's language: English words find Indonesian products", async () => {
    const en = await api(`/store/products?q=chips&locale=en-US&limit=100&fields=handle,title`)
    const id = await api(`/store/products?q=chips&limit=100&fields=handle`)
    expect(en.status).toBe(200)
    expect(en.body.products.length).toBeGreaterThan(id.body.products.length)
    expect(en.body.products.map((p: Product) => p.handle)).toContain("keripik-tempe")
    const keripik = await api(`/store/products?q=keripik&limit=100&fields=handle`)
    expect(keripik.body.products.length).toBeGreaterThanOrEqual(3)
  })

  it("combines an English search with a cohort filter", async () => {
    const tempe = products.find((p) => p.handle === "keripik-tempe")!
    const inCohort = await api(`/store/products?q=chips&locale=en-US&cohort_id=${tempe.cohort.id}&fields=handle,*cohort`)
    expect(inCohort.body.products.map((p: Product) => p.handle)).toContain("keripik-tempe")
    expect(inCohort.body.products.every((p: Product) => p.cohort.id === tempe.cohort.id)).toBe(true)
  })

  it("orders the category tree Pangan Olahan (Pisang, Tempe) and Kerajinan (Tali Meiwa, Eceng Gondok)", async () => {
    const res = await api("/store/product-categories?fields=handle,*category_children&parent_category_id=null&limit=50")
    expect(res.status).toBe(200)
    const tree = Object.fromEntries(
      res.body.product_categories.map((c: Product) => [c.handle, c.category_children.map((k: Product) => k.handle).sort()])
    )
    expect(tree).toEqual(
      expect.objectContaining({ "pangan-olahan": ["pisang", "tempe"], kerajinan: ["eceng-gondok", "tali-meiwa"] })
    )
  })

  it("serves product images from the backend itself", async () => {
    const url = new URL(products[0].thumbnail)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/image\/svg\+xml/)
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/)
    const svg = await res.text()
    expect(svg).toMatch(/<svg/)
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
  })

  it("refuses to serve anything but a plain public upload", async () => {
    const base = new URL(products[0].thumbnail)
    for (const name of ["..%2Fpackage.json", "private-1-x.svg", "does-not-exist.svg"]) {
      const res = await fetch(new URL(`/uploads/${name}`, base))
      expect(res.status, name).toBe(404)
    }
  })
})
