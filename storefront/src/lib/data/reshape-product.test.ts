import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { reshapeProduct, reshapeProductCard } from "./reshape-product"
import type { StoreProductWithLinks } from "./store-types"

// A real /store/products?locale=en-US answer (trimmed), with the contract's cohort and food_label links.
const raw: StoreProductWithLinks = JSON.parse(readFileSync(path.join(__dirname, "__fixtures__/store-product.en.json"), "utf8"))

describe("reshapeProductCard", () => {
  it("keeps what a card shows: title, thumbnail, price range and maker", () => {
    expect(reshapeProductCard(raw)).toEqual({
      id: raw.id,
      handle: "keripik-pisang-original",
      title: "Original Banana Chips",
      thumbnail: raw.thumbnail,
      price: { min: 15000, max: 30000 },
      cohortName: "Palembang Women's Prison — banana snacks",
    })
  })

  it("has no price and no maker when the API sends none", () => {
    const card = reshapeProductCard({ ...raw, variants: [], cohort: null })
    expect(card.price).toBeNull()
    expect(card.cohortName).toBeNull()
  })
})

describe("reshapeProduct", () => {
  const product = reshapeProduct(raw)

  it("maps variants with their option values, price and stock", () => {
    expect(product.variants).toHaveLength(2)
    const [small] = product.variants
    expect(small).toEqual(
      expect.objectContaining({ title: "200 g", price: 15000, inventoryQuantity: 120, manageInventory: true, allowBackorder: false })
    )
    expect(Object.values(small!.options)).toEqual(["200 g"])
  })

  it("orders variants by their rank and option values by the variants, whatever order the API sends", () => {
    const [small, large] = raw.variants!
    const reversed = reshapeProduct({
      ...raw,
      variants: [{ ...large!, variant_rank: 1 }, { ...small!, variant_rank: 0 }],
      options: raw.options!.map((o) => ({ ...o, values: [...(o.values ?? [])].reverse() })),
    })
    expect(reversed.variants.map((v) => v.title)).toEqual(["200 g", "500 g"])
    expect(reversed.options[0]!.values).toEqual(["200 g", "500 g"])
  })

  it("leaves out a variant without a price (archived by its coordinator) and its option value", () => {
    const [small, large] = raw.variants!
    const archived = reshapeProduct({ ...raw, variants: [small!, { ...large!, calculated_price: undefined }] })
    expect(archived.variants.map((v) => v.title)).toEqual(["200 g"])
    expect(archived.options[0]!.values).toEqual(["200 g"])
  })

  it("finds the net-weight option by its translated title", () => {
    expect(product.options.map((o) => o.title)).toEqual(["Net weight"])
    expect(product.netWeightOptionId).toBe(product.options[0]!.id)
    const indonesian = reshapeProduct({ ...raw, options: raw.options!.map((o) => ({ ...o, title: "Berat bersih" })) })
    expect(indonesian.netWeightOptionId).toBe(product.options[0]!.id)
  })

  it("maps the cohort and the food label to camelCase view types", () => {
    expect(product.cohort).toEqual(expect.objectContaining({ handle: "lapas-perempuan-palembang-pisang", facilityType: "lapas" }))
    expect(product.foodLabel).toEqual(
      expect.objectContaining({ pirtNumber: "206167101001229", halalStatus: "certified", shelfLifeDays: 180 })
    )
  })

  it("has no food label for crafts, and falls back to the thumbnail for images", () => {
    const craft = reshapeProduct({ ...raw, food_label: null, images: [] })
    expect(craft.foodLabel).toBeNull()
    expect(craft.images).toEqual([{ url: raw.thumbnail, thumbnail: raw.thumbnail }])
  })

  it("gives each photo its card-sized rendition for the gallery's buttons, else the photo itself, in rank order", () => {
    const withCards = reshapeProduct({
      ...raw,
      images: [
        { id: "img_2", url: "b.jpg", rank: 1, metadata: null },
        { id: "img_1", url: "a.jpg", rank: 0, metadata: { thumbnail_url: "a-card.jpg" } },
      ],
    } as typeof raw)
    expect(withCards.images).toEqual([
      { url: "a.jpg", thumbnail: "a-card.jpg" },
      { url: "b.jpg", thumbnail: "b.jpg" },
    ])
  })
})
