import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const LOCALE = "en-US"

type Texts = Record<string, string | null | undefined>

/** English option names and values, keyed by the Indonesian title and value; null drops one. */
export type OptionsEnglish = Record<string, { title?: string | null; values?: Record<string, string | null> }>

/** A product's English: its own texts, its options' names and values, and its food label's (ingredients, allergens, storage). */
export type ProductEnglish = { title?: string | null; subtitle?: string | null; description?: string; food_label?: Texts; options?: OptionsEnglish }

/** Each English record as it was before (null: there was none), to put back on compensation. */
type Undo = { reference: string; reference_id: string; previous: Record<string, unknown> | null }[]

export type UpsertEnglishInput = { product_id: string; en?: ProductEnglish | null }

/**
 * The product's English title, subtitle and description, its option names and
 * values (and so its variants' titles), and its food label's English texts, in
 * the Translation module (as the seed writes them), each merged into any
 * existing record. The store answers them under ?locale=en-US, so the English
 * product page reads "Choose Net weight", not "Choose Berat bersih".
 */
export const upsertEnglishStep = createStep(
  "upsert-product-english",
  async ({ product_id, en }: UpsertEnglishInput, { container }) => {
    const { food_label, options, ...product } = en ?? {}
    const undo: Undo = []
    const own = await upsertTranslation(container, "product", product_id, product as Texts)
    if (own) undo.push(own)
    if (options && Object.keys(options).length) undo.push(...(await upsertOptionsEnglish(container, product_id, options)))
    if (food_label && Object.values(food_label).some((v) => v !== undefined)) {
      const labelId = await foodLabelIdOf(container, product_id)
      const label = labelId ? await upsertTranslation(container, "food_label", labelId, food_label) : null
      if (label) undo.push(label)
    }
    return new StepResponse<undefined, Undo>(undefined, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    const translation = container.resolve(Modules.TRANSLATION)
    for (const { reference, reference_id, previous } of [...(undo ?? [])].reverse()) {
      const now = await translation.listTranslations({ reference, reference_id, locale_code: LOCALE }, { select: ["id"] })
      if (now.length) await translation.deleteTranslations(now.map((t) => t.id))
      if (previous) await translation.createTranslations({ reference, reference_id, locale_code: LOCALE, translations: previous })
    }
  }
)

type ProductOptions = {
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; title: string | null; options: { value: string; option_id: string | null }[] }[]
}

/**
 * Each named option's English title and values; then every variant whose title
 * is its values joined (the portal's default) gets the English values joined,
 * as the seed does, so the cart and order lines read in English too.
 */
async function upsertOptionsEnglish(container: MedusaContainer, productId: string, options: OptionsEnglish): Promise<Undo> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.title", "variants.options.value", "variants.options.option_id"],
    filters: { id: productId },
  })
  const product = data[0] as unknown as ProductOptions | undefined
  if (!product) return []
  const undo: Undo = []
  for (const [title, en] of Object.entries(options)) {
    const option = product.options.find((o) => o.title === title)
    if (!option) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Opsi "${title}" tidak ada pada produk ini`)
    const own = await upsertTranslation(container, "product_option", option.id, { title: en.title })
    if (own) undo.push(own)
    for (const [value, valueEn] of Object.entries(en.values ?? {})) {
      const row = option.values.find((v) => v.value === value)
      if (!row) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Nilai "${value}" tidak ada pada opsi "${title}"`)
      const done = await upsertTranslation(container, "product_option_value", row.id, { value: valueEn })
      if (done) undo.push(done)
    }
  }
  undo.push(...(await upsertVariantTitles(container, product)))
  return undo
}

async function upsertVariantTitles(container: MedusaContainer, product: ProductOptions): Promise<Undo> {
  const values = product.options.flatMap((o) => o.values)
  const stored = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference: "product_option_value", reference_id: values.map((v) => v.id), locale_code: LOCALE })
  const english = new Map(stored.map((t) => [t.reference_id, (t.translations as { value?: string }).value]))
  const undo: Undo = []
  for (const variant of product.variants) {
    // In the product's option order, as the portal names a variant.
    const own = product.options.flatMap((o) => {
      const picked = variant.options.find((vo) => vo.option_id === o.id)
      const row = picked ? o.values.find((v) => v.value === picked.value) : undefined
      return row ? [row] : []
    })
    if (!own.length || variant.title !== own.map((v) => v.value).join(" / ")) continue
    const title = own.map((v) => english.get(v.id) ?? v.value).join(" / ")
    const done = await upsertTranslation(container, "product_variant", variant.id, { title: title === variant.title ? null : title })
    if (done) undo.push(done)
  }
  return undo
}

async function foodLabelIdOf(container: MedusaContainer, productId: string): Promise<string | null> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["food_label.id"], filters: { id: productId } })
  return (data[0]?.food_label as { id?: string } | null | undefined)?.id ?? null
}

/** Creates or merges one English record; what to restore on compensation, or null when nothing was given. */
async function upsertTranslation(container: MedusaContainer, reference: string, referenceId: string, texts: Texts) {
  const given = Object.entries(texts).filter(([, v]) => v !== undefined)
  if (!given.length) return null
  // null drops the English text, so the shop falls back to the Indonesian one.
  const merge = (previous: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...previous }
    for (const [key, value] of given) {
      if (value === null) delete out[key]
      else out[key] = value
    }
    return out
  }
  const translation = container.resolve(Modules.TRANSLATION)
  const [existing] = await translation.listTranslations({ reference, reference_id: referenceId, locale_code: LOCALE })
  const previous = (existing?.translations as Record<string, unknown> | undefined) ?? null
  // The module merges an update into the stored texts, so dropping one means writing the record anew.
  const merged = merge(previous ?? {})
  // Nothing before and nothing now (an English text cleared that was never set): no record to write.
  if (!existing && !Object.keys(merged).length) return null
  if (existing) await translation.deleteTranslations([existing.id])
  if (Object.keys(merged).length) await translation.createTranslations({ reference, reference_id: referenceId, locale_code: LOCALE, translations: merged })
  return { reference, reference_id: referenceId, previous }
}
