import type { CreateTranslationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES, PRODUCTS } from "../catalog"
import { optionTermEn } from "../option-terms"
import type { ProductSeed } from "../types"
import type { CategoryIds } from "./categories"
import { variantTitle } from "./products"

const LOCALE = "en-US"

type SeededProduct = {
  id: string
  handle: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; sku: string | null }[]
  food_label?: { id: string } | null
}

/** An English (en-US) translation of one record. */
export const translation = (reference: string, reference_id: string, translations: Record<string, unknown>): CreateTranslationDTO => ({
  reference,
  reference_id,
  locale_code: LOCALE,
  translations,
})

/** English for a product and everything under it: options, values, variants, food label. */
function productTranslations(seed: ProductSeed, product: SeededProduct): CreateTranslationDTO[] {
  const { food_label, ...fields } = seed.en
  const out = [translation("product", product.id, fields)]
  for (const option of product.options) {
    out.push(translation("product_option", option.id, { title: optionTermEn(option.title) }))
    for (const value of option.values) {
      const en = optionTermEn(value.value)
      // "200 g" reads the same in English: no record needed, the base value shows.
      if (en !== value.value) out.push(translation("product_option_value", value.id, { value: en }))
    }
  }
  for (const variant of product.variants) {
    const variantSeed = seed.variants.find((v) => v.sku === variant.sku)
    if (!variantSeed) continue
    const en = variantTitle(seed, variantSeed, optionTermEn)
    if (en !== variantTitle(seed, variantSeed)) out.push(translation("product_variant", variant.id, { title: en }))
  }
  if (food_label && product.food_label) out.push(translation("food_label", product.food_label.id, food_label))
  return out
}

async function listSeededProducts(container: MedusaContainer): Promise<SeededProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.sku", "food_label.id"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  return data as SeededProduct[]
}

/**
 * Writes the English side of categories and products into the Translation
 * module (cohorts get theirs from createCohortsWorkflow). Only records that
 * don't exist yet are created. Returns how many it created.
 */
export async function seedTranslations(container: MedusaContainer, categories: CategoryIds): Promise<number> {
  const wanted: CreateTranslationDTO[] = []
  for (const category of CATEGORIES.flatMap((c) => [c, ...(c.children ?? [])])) {
    const id = categories.get(category.handle)
    if (id) wanted.push(translation("product_category", id, category.en))
  }
  for (const product of await listSeededProducts(container)) {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)
    if (seed) wanted.push(...productTranslations(seed, product))
  }

  return createMissingTranslations(container, wanted)
}

/** Creates the English translations not there yet (seeding twice adds none) and says how many. */
export async function createMissingTranslations(container: MedusaContainer, wanted: CreateTranslationDTO[]): Promise<number> {
  if (!wanted.length) return 0
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: wanted.map((t) => t.reference_id), locale_code: LOCALE }, { select: ["reference_id"] })
  const have = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((t) => !have.has(t.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  }
  return missing.length
}
