import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const LOCALE = "en-US"

type Texts = Record<string, string | null | undefined>

/** A product's English: its own texts, and its food label's (ingredients, allergens, storage). */
export type ProductEnglish = { title?: string; subtitle?: string | null; description?: string; food_label?: Texts }

/** Each English record as it was before (null: there was none), to put back on compensation. */
type Undo = { reference: string; reference_id: string; previous: Record<string, unknown> | null }[]

export type UpsertEnglishInput = { product_id: string; en?: ProductEnglish | null }

/**
 * The product's English title, subtitle and description, and its food label's
 * English texts, in the Translation module (as the seed writes them), each
 * merged into any existing record. The store answers them under ?locale=en-US.
 */
export const upsertEnglishStep = createStep(
  "upsert-product-english",
  async ({ product_id, en }: UpsertEnglishInput, { container }) => {
    const { food_label, ...product } = en ?? {}
    const undo: Undo = []
    const own = await upsertTranslation(container, "product", product_id, product as Texts)
    if (own) undo.push(own)
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
  if (existing) await translation.deleteTranslations([existing.id])
  await translation.createTranslations({ reference, reference_id: referenceId, locale_code: LOCALE, translations: merge(previous ?? {}) })
  return { reference, reference_id: referenceId, previous }
}
