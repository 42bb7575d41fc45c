import { describe, expect, it } from "vitest"
import { parseRupiah } from "./money-input"
import { createProductBody, parseProductForm, updateProductBody } from "./product"

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const base = {
  title: "Keripik Pisang Ambon",
  description: "Keripik renyah dari pisang ambon.",
  description_en: "Crisp banana chips.",
  category_id: "pcat_pisang",
  option_title: "Berat bersih",
  "variants.0.id": "",
  "variants.0.value": "250 g",
  "variants.0.price": "Rp 25.000",
  "variants.0.sku": "kpa-250",
  "variants.0.weight": "270",
  // A spare row left empty is not a variant.
  "variants.1.id": "",
  "variants.1.value": "",
  "variants.1.price": "",
  "variants.1.sku": "",
  "variants.1.weight": "",
}

const food = {
  is_food: "on",
  pirt_number: "2.06.1671.01.0001-27",
  halal_status: "in_process",
  halal_certificate_number: "",
  shelf_life_days: "90",
  ingredients: "Pisang ambon, minyak sawit, garam",
  allergens: "",
}

describe("parseRupiah", () => {
  it("reads rupiah as people type them", () => {
    expect(parseRupiah("15000")).toBe(15000)
    expect(parseRupiah("15.000")).toBe(15000)
    expect(parseRupiah("Rp 1.250.000")).toBe(1250000)
    expect(parseRupiah("rp15,000")).toBe(15000)
  })
  it("refuses cents, words and nothing", () => {
    expect(parseRupiah("15000,50")).toBeNull()
    expect(parseRupiah("lima ribu")).toBeNull()
    expect(parseRupiah("")).toBeNull()
    expect(parseRupiah("-500")).toBeNull()
  })
})

describe("parseProductForm", () => {
  it("turns a food product into the create body with its label, one option and IDR prices", () => {
    const parsed = parseProductForm(form({ ...base, ...food, ingredients_en: " Ambon banana, palm oil, salt ", allergens_en: "" }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(createProductBody("coh_1", parsed.data, [{ url: "http://localhost:9000/uploads/a.jpg", thumbnail_url: "http://localhost:9000/uploads/kartu-a.jpg" }])).toEqual({
      cohort_id: "coh_1",
      title: "Keripik Pisang Ambon",
      description: "Keripik renyah dari pisang ambon.",
      // The label's English goes with the product's; an empty English line is left out.
      en: { description: "Crisp banana chips.", food_label: { ingredients: "Ambon banana, palm oil, salt" } },
      category_id: "pcat_pisang",
      options: [{ title: "Berat bersih", values: ["250 g"] }],
      variants: [{ title: "250 g", sku: "KPA-250", weight: 270, price: 25000, options: { "Berat bersih": "250 g" } }],
      // Each photo with its card-sized rendition: the backend makes the first one the thumbnail.
      images: [{ url: "http://localhost:9000/uploads/a.jpg", thumbnail_url: "http://localhost:9000/uploads/kartu-a.jpg" }],
      food_label: {
        pirt_number: "206167101000127",
        halal_status: "in_process",
        halal_certificate_number: null,
        shelf_life_days: 90,
        ingredients: "Pisang ambon, minyak sawit, garam",
        allergens: null,
      },
    })
  })

  it("sends the English title, subtitle, option name and values keyed by the Indonesian ones", () => {
    const parsed = parseProductForm(
      form({
        ...base,
        title_en: " Ambon Banana Chips ",
        subtitle: "Renyah dan gurih",
        subtitle_en: "Crisp and savoury",
        option_title_en: "Net weight",
        "variants.0.value_en": "250 g",
        "variants.1.value": "1 kg",
        "variants.1.price": "90.000",
        "variants.1.sku": "kpa-1000",
        "variants.1.weight": "1050",
      })
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const body = createProductBody("coh_1", parsed.data, [])
    expect(body).toMatchObject({
      subtitle: "Renyah dan gurih",
      options: [{ title: "Berat bersih", values: ["250 g", "1 kg"] }],
      // "1 kg" has no English of its own: left out, so the shop shows it as it is.
      en: {
        title: "Ambon Banana Chips",
        subtitle: "Crisp and savoury",
        description: "Crisp banana chips.",
        options: { "Berat bersih": { title: "Net weight", values: { "250 g": "250 g" } } },
      },
    })
    // On edit an emptied English field is sent as null, which drops the old English.
    const edited = parseProductForm(form({ ...base, "variants.0.id": "variant_1", option_title_en: "Net weight" }))
    if (!edited.ok) throw new Error("expected a valid form")
    expect(updateProductBody(edited.data, []).en).toEqual({
      title: null,
      subtitle: null,
      description: "Crisp banana chips.",
      options: { "Berat bersih": { title: "Net weight", values: { "250 g": null } } },
    })
  })

  it("edits the variants with their option and leaves the label out of a handicraft without one; empty English is cleared", () => {
    const parsed = parseProductForm(form({ ...base, description_en: "", option_title: "Ukuran", "variants.0.id": "variant_1", "variants.0.value": "Sedang" }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.data.food_label).toBeNull()
    expect(updateProductBody(parsed.data, [])).toEqual({
      title: "Keripik Pisang Ambon",
      subtitle: null,
      description: "Keripik renyah dari pisang ambon.",
      en: { title: null, subtitle: null, options: { Ukuran: { title: null, values: { Sedang: null } } } },
      category_id: "pcat_pisang",
      images: [],
      options: [{ title: "Ukuran", values: ["Sedang"] }],
      variants: [{ id: "variant_1", title: "Sedang", sku: "KPA-250", weight: 270, price: 25000, options: { Ukuran: "Sedang" } }],
    })
  })

  it("leaves out a row ticked for removal, keeps a renamed value and adds a filled spare row", () => {
    const parsed = parseProductForm(
      form({
        ...base,
        "variants.0.id": "variant_1",
        "variants.0.value": "300 g",
        "variants.1.id": "variant_2",
        "variants.1.value": "500 g",
        "variants.1.price": "50000",
        "variants.1.sku": "KPA-500",
        "variants.1.weight": "520",
        "variants.1.remove": "on",
        "variants.2.id": "",
        "variants.2.value": "1 kg",
        "variants.2.price": "90.000",
        "variants.2.sku": "KPA-1000",
        "variants.2.weight": "1020",
      })
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(updateProductBody(parsed.data, []).variants.map((v) => [v.id ?? null, v.options])).toEqual([
      ["variant_1", { "Berat bersih": "300 g" }],
      [null, { "Berat bersih": "1 kg" }],
    ])
    expect(parsed.data.option.values).toEqual(["300 g", "1 kg"])
  })

  it("names errors after the form's own inputs, row index included", () => {
    const parsed = parseProductForm(
      form({ ...base, title: " ", "variants.1.value": "500 g", "variants.1.price": "lima puluh ribu", "variants.0.sku": "K" })
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toMatchObject({ title: "required", "variants.1.price": "price", "variants.0.sku": "sku" })
    expect(parsed.values.title).toBe(" ")
  })

  it("refuses duplicate variant values, a missing variant, and prices out of range", () => {
    const dup = parseProductForm(form({ ...base, "variants.1.value": "250 G", "variants.1.price": "30000", "variants.1.sku": "KPA-250B", "variants.1.weight": "270" }))
    expect(!dup.ok && dup.errors["variants.1.value"]).toBe("duplicateValue")
    const none = parseProductForm(form({ ...base, "variants.0.value": "", "variants.0.price": "", "variants.0.sku": "", "variants.0.weight": "" }))
    expect(!none.ok && none.errors["variants.0.value"]).toBe("variantsRequired")
    const sameSku = parseProductForm(form({ ...base, "variants.1.value": "500 g", "variants.1.price": "45000", "variants.1.sku": "KPA-250", "variants.1.weight": "520" }))
    expect(!sameSku.ok && sameSku.errors["variants.1.sku"]).toBe("duplicateSku")
    const noWeight = parseProductForm(form({ ...base, "variants.0.weight": "", title: "Ab" }))
    expect(!noWeight.ok && noWeight.errors).toMatchObject({ "variants.0.weight": "required", title: "tooShort" })
    const cheap = parseProductForm(form({ ...base, "variants.0.price": "500" }))
    expect(!cheap.ok && cheap.errors["variants.0.price"]).toBe("priceRange")
  })

  it("checks food facts: P-IRT digits, shelf life, ingredients, a certificate for certified halal", () => {
    const parsed = parseProductForm(
      form({ ...base, ...food, pirt_number: "12345", shelf_life_days: "0", ingredients: "", halal_status: "certified" })
    )
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toMatchObject({ pirt_number: "pirt", shelf_life_days: "shelfLife", ingredients: "required" })
    const cert = parseProductForm(form({ ...base, ...food, halal_status: "certified" }))
    expect(!cert.ok && cert.errors.halal_certificate_number).toBe("halalCertificate")
  })
})
