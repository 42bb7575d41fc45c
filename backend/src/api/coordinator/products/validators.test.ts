import { describe, expect, it } from "vitest"
import { CoordinatorCreateProduct, CoordinatorUpdateProduct } from "./validators"

const base = {
  cohort_id: "coh_1",
  title: "Keripik Pisang",
  description: "Renyah.",
  category_ids: ["pcat_1"],
  options: [{ title: "Berat bersih", values: ["100 g", "200 g"] }],
  variants: [
    { sku: "KB-1", weight: 120, price: 15000, options: { "Berat bersih": "100 g" } },
    { sku: "KB-2", weight: 230, prices: [{ currency_code: "idr", amount: 27000 }], options: { "Berat bersih": "200 g" } },
  ],
}

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.message).join(" | ")

describe("coordinator product bodies", () => {
  it("accepts a price as `price` or as Medusa's `prices`, and hands on one `price`", () => {
    const parsed = CoordinatorCreateProduct.parse(base)
    expect(parsed.variants.map((v) => v.price)).toEqual([15000, 27000])
  })

  it("refuses a variant value outside its option, two variants alike, a missing price, a status", () => {
    const outside = CoordinatorCreateProduct.safeParse({ ...base, variants: [{ ...base.variants[0], options: { "Berat bersih": "1 kg" } }] })
    expect(messages(outside)).toMatch(/pilih nilai "Berat bersih"/)
    const alike = CoordinatorCreateProduct.safeParse({ ...base, variants: [base.variants[0], { ...base.variants[0], sku: "KB-3" }] })
    expect(messages(alike)).toMatch(/Dua varian dengan opsi yang sama/)
    const noPrice = CoordinatorCreateProduct.safeParse({ ...base, variants: [{ sku: "KB-1", options: { "Berat bersih": "100 g" } }] })
    expect(messages(noPrice)).toMatch(/isi harga/)
    expect(CoordinatorCreateProduct.safeParse({ ...base, status: "published" }).success).toBe(false)
    expect(CoordinatorUpdateProduct.safeParse({ status: "published" }).success).toBe(false)
  })

  it("takes English option names and values keyed by the body's own options; null drops one", () => {
    const en = { options: { "Berat bersih": { title: "Net weight", values: { "100 g": "100 g (3.5 oz)", "200 g": null } } } }
    expect(CoordinatorCreateProduct.safeParse({ ...base, en }).success).toBe(true)
    expect(messages(CoordinatorCreateProduct.safeParse({ ...base, en: { options: { Warna: { title: "Colour" } } } }))).toMatch(/Opsi "Warna" tidak ada/)
    const wrongValue = CoordinatorCreateProduct.safeParse({ ...base, en: { options: { "Berat bersih": { values: { "5 kg": "5 kg" } } } } })
    expect(messages(wrongValue)).toMatch(/Nilai "5 kg" tidak ada/)
    // An edit without options is checked against the product itself, in the workflow.
    expect(CoordinatorUpdateProduct.safeParse({ en: { title: null, options: { Warna: { title: "Colour" } } } }).success).toBe(true)
  })

  it("wants a category, and options and variants together on edits", () => {
    const { category_ids, ...noCategory } = base
    expect(messages(CoordinatorCreateProduct.safeParse(noCategory))).toMatch(/Pilih kategori/)
    expect(CoordinatorCreateProduct.safeParse({ ...noCategory, category_id: "pcat_1" }).success).toBe(true)
    expect(messages(CoordinatorUpdateProduct.safeParse({ variants: base.variants }))).toMatch(/bersama-sama/)
    expect(CoordinatorUpdateProduct.safeParse({ title: "Judul baru" }).success).toBe(true)
  })

  it("takes images only from our own /uploads/", () => {
    expect(CoordinatorCreateProduct.safeParse({ ...base, images: [{ url: "http://localhost:9000/uploads/a.png" }] }).success).toBe(true)
    expect(messages(CoordinatorCreateProduct.safeParse({ ...base, images: ["https://example.com/a.png"] }))).toMatch(/coordinator\/uploads/)
  })

  it("takes each photo with its card rendition, both from our own /uploads/", () => {
    const own = "http://localhost:9000/uploads/a.png"
    const card = "http://localhost:9000/uploads/a-card.png"
    const parsed = CoordinatorCreateProduct.safeParse({ ...base, images: [own, { url: own, thumbnail_url: card }] })
    expect(parsed.success && parsed.data.images).toEqual([{ url: own }, { url: own, thumbnail_url: card }])
    expect(messages(CoordinatorCreateProduct.safeParse({ ...base, images: [{ url: own, thumbnail_url: "https://example.com/t.png" }] }))).toMatch(/coordinator\/uploads/)
    expect(CoordinatorCreateProduct.safeParse({ ...base, images: [{ url: own, thumbnail_url: card, rank: 1 }] }).success).toBe(false)
  })
})
