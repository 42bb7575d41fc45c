import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { FoodLabelSchema } from "../../workflows/product/additional-data"
import { CATEGORIES, COHORTS, PRODUCTS } from "./catalog"
import { DEMO_LOGINS } from "./demo-logins"
import { ART, imagePath, type ImageKind } from "./images/files"
import { OPTION_TERMS_EN, optionTermEn } from "./option-terms"

const FOOD = new Set(["pisang", "tempe"])
const food = PRODUCTS.filter((p) => FOOD.has(p.category))
const crafts = PRODUCTS.filter((p) => !FOOD.has(p.category))
const variants = PRODUCTS.flatMap((p) => p.variants.map((v) => ({ ...v, product: p.handle })))
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)
/** "200 g" → 200, "1 kg" → 1000, "1,5 kg" → 1500. */
const grams = (netWeight: string) => {
  const [, amount, unit] = netWeight.match(/^(\d+(?:,\d+)?)\s?(g|kg)$/) ?? []
  return Number(amount?.replace(",", ".")) * (unit === "kg" ? 1000 : 1)
}

describe("demo catalog: cohorts", () => {
  it("has at least five active-ready cohorts at distinct facilities, including women's prison and Bapas", () => {
    expect(COHORTS.length).toBeGreaterThanOrEqual(5)
    expect(new Set(COHORTS.map((c) => c.facility_name)).size).toBeGreaterThanOrEqual(4)
    expect(COHORTS.some((c) => /perempuan/i.test(c.facility_name))).toBe(true)
    expect(COHORTS.filter((c) => c.facility_type === "bapas").map((c) => c.area).sort()).toEqual(["banyuasin_i", "plaju"])
    expect(new Set(COHORTS.map((c) => c.craft_line))).toEqual(new Set(["pisang", "tempe", "tali_meiwa", "eceng_gondok"]))
  })

  it("tells every cohort's story in English too, differently worded", () => {
    for (const cohort of COHORTS) {
      for (const field of ["name", "tagline", "story"] as const) {
        expect(cohort.en[field], `${cohort.handle}.${field}`).toMatch(/\w{3}/)
        expect(cohort.en[field], `${cohort.handle}.${field}`).not.toEqual(cohort[field])
      }
      expect(cohort.story, cohort.handle).toMatch(/Kilang Pertamina Plaju/)
    }
  })

  it("gives every cohort at least one product, and every product a cohort that exists", () => {
    const handles = new Set(COHORTS.map((c) => c.handle))
    for (const product of PRODUCTS) expect(handles.has(product.cohort), product.handle).toBe(true)
    for (const cohort of COHORTS) expect(PRODUCTS.some((p) => p.cohort === cohort.handle), cohort.handle).toBe(true)
  })
})

describe("demo catalog: products", () => {
  it("sells at least 24 products with unique handles and SKUs", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(24)
    expect(duplicates(PRODUCTS.map((p) => p.handle))).toEqual([])
    expect(duplicates(variants.map((v) => v.sku))).toEqual([])
    expect(duplicates(COHORTS.map((c) => c.handle))).toEqual([])
    for (const product of PRODUCTS) expect(product.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const variant of variants) expect(variant.sku).toMatch(/^KB-(PSG|TMP|TMW|ECG)(-[A-Z0-9]+)+$/)
  })

  it("files every product under a subcategory that exists", () => {
    const subcategories = new Set(CATEGORIES.flatMap((c) => (c.children ?? []).map((k) => k.handle)))
    for (const product of PRODUCTS) expect(subcategories.has(product.category), product.handle).toBe(true)
  })

  it("prices in whole rupiah, in realistic ranges", () => {
    for (const variant of variants) {
      expect(Number.isInteger(variant.price), variant.sku).toBe(true)
      expect(variant.price % 500, variant.sku).toBe(0)
      expect(variant.price, variant.sku).toBeGreaterThanOrEqual(5_000)
      expect(variant.price, variant.sku).toBeLessThanOrEqual(500_000)
    }
    // Per-line checks against the programme's price facts (PRODUCT.md).
    const price = (sku: string) => variants.find((v) => v.sku === sku)?.price
    expect(price("KB-PSG-KRP-ORI-200")).toBe(15_000)
    expect(price("KB-PSG-KRP-ORI-500")).toBe(30_000)
    expect(price("KB-PSG-SLE-120")).toBe(9_000)
    expect(price("KB-TMP-KRP-ORI-1000")).toBeGreaterThanOrEqual(33_000)
    expect(price("KB-TMP-KRP-ORI-1000")).toBeLessThanOrEqual(40_000)
    for (const v of variants.filter((v) => v.sku.startsWith("KB-TMW-T"))) expect(v.price).toBeLessThanOrEqual(35_000)
  })

  it("gives every variant a value for each option, one distinct combination each", () => {
    for (const product of PRODUCTS) {
      const combos = product.variants.map((v) => product.options.map((o) => v.options[o.title]).join("|"))
      expect(duplicates(combos), product.handle).toEqual([])
      for (const variant of product.variants) {
        expect(Object.keys(variant.options).sort(), variant.sku).toEqual(product.options.map((o) => o.title).sort())
        for (const option of product.options) expect(option.values, variant.sku).toContain(variant.options[option.title])
      }
    }
  })

  it("stocks 20–150 units, except a few low (≤5) and sold-out variants for the storefront's states", () => {
    for (const { sku, stock, weight } of variants) {
      expect(Number.isInteger(stock) && (stock <= 5 || (stock >= 20 && stock <= 150)), `${sku}: ${stock}`).toBe(true)
      expect(Number.isInteger(weight) && weight > 0, sku).toBe(true)
    }
    expect(variants.filter((v) => v.stock === 0).length).toBeGreaterThanOrEqual(2)
    expect(variants.filter((v) => v.stock > 0 && v.stock <= 5).length).toBeGreaterThanOrEqual(2)
    // Most products stay buyable.
    expect(PRODUCTS.filter((p) => p.variants.every((v) => v.stock === 0)).length).toBeLessThanOrEqual(1)
  })

  it("describes every product in English too", () => {
    for (const product of PRODUCTS) {
      for (const field of ["title", "subtitle", "description"] as const) {
        expect(product.en[field], `${product.handle}.${field}`).toMatch(/\w{3}/)
      }
      expect(product.en.description, product.handle).not.toEqual(product.description)
      expect(Boolean(product.en.material), product.handle).toBe(Boolean(product.material))
    }
  })

  it("has English for every option title and value, and no unused terms", () => {
    const terms = PRODUCTS.flatMap((p) => p.options.flatMap((o) => [o.title, ...o.values]))
    for (const term of terms) expect(() => optionTermEn(term)).not.toThrow()
    for (const term of Object.keys(OPTION_TERMS_EN)) expect(terms, `unused term "${term}"`).toContain(term)
  })
})

describe("demo catalog: food labels", () => {
  it("labels every food product, and no craft", () => {
    expect(food.length).toBeGreaterThanOrEqual(8)
    for (const product of food) {
      const parsed = FoodLabelSchema.safeParse(product.food_label)
      expect(parsed.success, `${product.handle}: ${parsed.error?.message}`).toBe(true)
      expect(product.food_label?.pirt_number, product.handle).toMatch(/^\d{15,}$/)
      expect(product.en.food_label?.ingredients, product.handle).toMatch(/\w{3}/)
      expect(Boolean(product.en.food_label?.allergens), product.handle).toBe(Boolean(product.food_label?.allergens))
      expect(Boolean(product.en.food_label?.storage), product.handle).toBe(Boolean(product.food_label?.storage))
    }
    for (const product of crafts) expect(product.food_label, product.handle).toBeUndefined()
    expect(duplicates(food.map((p) => p.food_label?.pirt_number ?? ""))).toEqual([])
  })

  it("states a certificate number exactly when halal is certified, and mixes certified with in process", () => {
    for (const { handle, food_label } of food) {
      expect(Boolean(food_label?.halal_certificate_number), handle).toBe(food_label?.halal_status === "certified")
    }
    const statuses = new Set(food.map((p) => p.food_label?.halal_status))
    expect(statuses).toEqual(new Set(["certified", "in_process"]))
  })

  it("flags soy on everything made from tempe", () => {
    for (const product of food.filter((p) => p.category === "tempe")) {
      expect(product.food_label?.allergens, product.handle).toMatch(/kedelai/)
    }
  })

  it("sells food by net weight: a 'Berat bersih' option on every food product, packed weight above it", () => {
    for (const product of food) {
      expect(product.options.map((o) => o.title), product.handle).toContain("Berat bersih")
      for (const variant of product.variants) {
        const net = variant.options["Berat bersih"] ?? ""
        expect(net, variant.sku).toMatch(/^\d+(,\d+)?\s?(g|kg)$/)
        expect(variant.weight, variant.sku).toBeGreaterThan(grams(net))
      }
    }
  })
})

describe("demo catalog: illustrations", () => {
  const referenced: Record<ImageKind, string[]> = {
    products: PRODUCTS.map((p) => p.image),
    cohorts: COHORTS.map((c) => c.image),
  }

  for (const kind of ["products", "cohorts"] as const) {
    it(`has every referenced ${kind} image on disk, matching its drawing, and no orphans`, () => {
      for (const file of referenced[kind]) {
        expect(existsSync(imagePath(kind, file)), file).toBe(true)
        expect(readFileSync(imagePath(kind, file), "utf8"), `${file} is stale: run images/render.ts`).toBe(ART[kind][file]())
      }
      const onDisk = readdirSync(path.dirname(imagePath(kind, "x"))).filter((f) => f.endsWith(".svg"))
      expect(onDisk.sort()).toEqual([...new Set(referenced[kind])].sort())
    })

    it(`keeps ${kind} SVGs small, self-contained and free of script`, () => {
      for (const file of referenced[kind]) {
        const svg = readFileSync(imagePath(kind, file), "utf8")
        expect(svg, file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 800"/)
        expect(svg.replace("http://www.w3.org/2000/svg", ""), file).not.toMatch(/https?:|<script|<image|<text|on\w+=/i)
        expect(svg.length, file).toBeLessThan(12_000)
      }
    })
  }
})

describe("demo logins", () => {
  it("exports the operator's Medusa Admin login", () => {
    expect(DEMO_LOGINS).toContainEqual(
      expect.objectContaining({ role: "operator", email: "operator@karyabinaan.test", password: "binaan-demo-2026" })
    )
  })
})

describe("demo coordinator logins", () => {
  it("exports one coordinator login per demo cohort, each for a different cohort", () => {
    const coordinators = DEMO_LOGINS.filter((l) => l.role === "coordinator")
    expect(coordinators.map((l) => l.cohortHandle).sort()).toEqual(COHORTS.map((c) => c.handle).sort())
    expect(new Set(coordinators.map((l) => l.email)).size).toBe(COHORTS.length)
  })
})
