import { describe, expect, it } from "vitest"
import type { ProductVariant } from "@/lib/types/product"
import { selectedVariant, variantForOption } from "./variants"

const variant = (id: string, options: Record<string, string>, inventoryQuantity = 10): ProductVariant => ({
  id,
  title: Object.values(options).join(" / "),
  sku: null,
  options,
  price: 15000,
  inventoryQuantity,
  manageInventory: true,
  allowBackorder: false,
})

// Flavour × net weight, with one combination missing (Pedas 500 g).
const product = {
  variants: [
    variant("v-ori-200", { rasa: "Original", berat: "200 g" }, 0),
    variant("v-ori-500", { rasa: "Original", berat: "500 g" }),
    variant("v-pds-200", { rasa: "Pedas", berat: "200 g" }),
  ],
}

describe("selectedVariant", () => {
  it("takes the variant named in ?variant=", () => {
    expect(selectedVariant(product, "v-pds-200")?.id).toBe("v-pds-200")
  })

  it("falls back to the first variant in stock for a missing or unknown id", () => {
    expect(selectedVariant(product, undefined)?.id).toBe("v-ori-500")
    expect(selectedVariant(product, "variant_gone")?.id).toBe("v-ori-500")
  })

  it("falls back to the first variant when all are sold out", () => {
    const soldOut = { variants: [variant("a", { berat: "200 g" }, 0), variant("b", { berat: "500 g" }, 0)] }
    expect(selectedVariant(soldOut, undefined)?.id).toBe("a")
  })
})

describe("variantForOption", () => {
  const current = product.variants[1] // Original, 500 g

  it("changes one option and keeps the others", () => {
    expect(variantForOption(product, current, "berat", "200 g")?.id).toBe("v-ori-200")
  })

  it("picks the first variant with the value when the exact combination doesn't exist", () => {
    expect(variantForOption(product, current, "rasa", "Pedas")?.id).toBe("v-pds-200")
  })

  it("is undefined for a value no variant has", () => {
    expect(variantForOption(product, current, "rasa", "Cokelat")).toBeUndefined()
  })

  it("works before anything is selected", () => {
    expect(variantForOption(product, undefined, "rasa", "Pedas")?.id).toBe("v-pds-200")
  })
})
