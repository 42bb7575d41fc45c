import { api } from "./api"
import { unique } from "./actors"

/** A seeded subcategory's id (store API, public). */
export async function categoryId(handle = "pisang"): Promise<string> {
  const res = await api(`/store/product-categories?handle=${handle}&fields=id`)
  const id = res.body.product_categories?.[0]?.id
  if (!id) throw new Error(`No seeded category "${handle}": ${res.status} ${JSON.stringify(res.body)}`)
  return id
}

/** The "Berat bersih" value of a variant in a /coordinator/products answer. */
export const netWeight = (v: { options: { title: string; value: string }[] }) => v.options.find((o) => o.title === "Berat bersih")?.value

/**
 * A food label complete enough to publish: test/http/catalog/store.spec.ts
 * reads every published food product and wants its P-IRT number.
 */
export const PUBLISHABLE_FOOD_LABEL = { pirt_number: "206167101000127", halal_status: "in_process", shelf_life_days: 90, ingredients: "Pisang kepok, garam" }

/** A valid create body for POST /coordinator/products, with unique SKUs. */
export function productBody(cohortId: string, category: string, overrides: Record<string, unknown> = {}) {
  const tag = unique("T").toUpperCase().replace(/[^A-Z0-9]/g, "").slice(-8)
  return {
    cohort_id: cohortId,
    title: `Keripik Uji ${tag}`,
    description: "Keripik pisang uji, digoreng renyah.",
    en: { title: `Test Chips ${tag}`, description: "Test banana chips, fried crisp." },
    category_ids: [category],
    options: [{ title: "Berat bersih", values: ["100 g", "200 g"] }],
    variants: [
      { sku: `KB-UJI-${tag}-100`, weight: 130, price: 15000, options: { "Berat bersih": "100 g" } },
      // Medusa's own price shape is accepted as well.
      { sku: `KB-UJI-${tag}-200`, weight: 240, prices: [{ currency_code: "idr", amount: 27000 }], options: { "Berat bersih": "200 g" } },
    ],
    food_label: { halal_status: "in_process", shelf_life_days: 90, ingredients: "Pisang kepok, minyak kelapa sawit, garam" },
    ...overrides,
  }
}

/** Creates a draft through the coordinator API; throws unless 201. */
export async function createDraft(token: string, cohortId: string, category: string, overrides: Record<string, unknown> = {}) {
  const res = await api("/coordinator/products", { token, body: productBody(cohortId, category, overrides) })
  if (res.status !== 201) throw new Error(`Creating a product failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.product
}
