import { describe, expect, it } from "vitest"
import type { CoordinatorProduct, CoordinatorVariant } from "@/lib/types/coordinator"
import { batchVariantChoices } from "./batch-choices"

const variant = (v: Partial<CoordinatorVariant> & { id: string; optionValues: string[] }): CoordinatorVariant => ({
  value: v.optionValues[0] ?? "",
  valueEn: "",
  sku: null,
  weight: null,
  price: 1000,
  archived: false,
  ...v,
})

const product = (p: Partial<CoordinatorProduct> & { title: string; variants: CoordinatorVariant[] }): CoordinatorProduct => ({
  id: `prod_${p.title}`,
  titleEn: "",
  subtitle: "",
  subtitleEn: "",
  optionTitleEn: "",
  handle: null,
  description: "",
  descriptionEn: "",
  categoryId: null,
  thumbnail: null,
  images: [],
  listing: { state: "published", reason: null },
  optionTitle: "Rasa",
  foodLabel: null,
  ...p,
})

describe("batchVariantChoices", () => {
  it("names two sizes of one flavour apart, by every option value and the SKU, grouped by product", () => {
    const choices = batchVariantChoices([
      product({
        title: "Keripik Tempe Sagu",
        variants: [
          variant({ id: "v1", optionValues: ["Original", "250 g"], sku: "KTS-250" }),
          variant({ id: "v2", optionValues: ["Original", "1 kg"], sku: "KTS-1000" }),
          variant({ id: "v3", optionValues: ["Pedas", "250 g"], archived: true }),
        ],
      }),
      product({ title: "Tas Anyaman", variants: [variant({ id: "v4", optionValues: ["Besar"] })] }),
    ])
    expect(choices).toEqual([
      {
        product: "Keripik Tempe Sagu",
        variants: [
          { id: "v1", label: "Keripik Tempe Sagu · Original · 250 g · KTS-250" },
          { id: "v2", label: "Keripik Tempe Sagu · Original · 1 kg · KTS-1000" },
        ],
      },
      { product: "Tas Anyaman", variants: [{ id: "v4", label: "Tas Anyaman · Besar" }] },
    ])
  })

  it("leaves out archived products and products with nothing left to stock", () => {
    const choices = batchVariantChoices([
      product({ title: "Lama", listing: { state: "archived", reason: null }, variants: [variant({ id: "v1", optionValues: ["A"] })] }),
      product({ title: "Habis", variants: [variant({ id: "v2", optionValues: ["B"], archived: true })] }),
    ])
    expect(choices).toEqual([])
  })
})
