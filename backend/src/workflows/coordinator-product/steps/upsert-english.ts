import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const LOCALE = "en-US"

type Undo = { id: string; previous: Record<string, unknown> | null } | null

export type UpsertEnglishInput = { product_id: string; en?: Record<string, string | undefined> | null }

/**
 * The product's English title, subtitle and description in the Translation
 * module (as the seed writes them), merged into any existing record.
 */
export const upsertEnglishStep = createStep(
  "upsert-product-english",
  async ({ product_id, en }: UpsertEnglishInput, { container }) => {
    const fields = Object.fromEntries(Object.entries(en ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>
    if (!Object.keys(fields).length) return new StepResponse<undefined, Undo>(undefined, null)
    const translation = container.resolve(Modules.TRANSLATION)
    const [existing] = await translation.listTranslations({ reference: "product", reference_id: product_id, locale_code: LOCALE })
    if (existing) {
      const previous = existing.translations as Record<string, unknown>
      await translation.updateTranslations({ id: existing.id, translations: { ...previous, ...fields } })
      return new StepResponse<undefined, Undo>(undefined, { id: existing.id, previous })
    }
    const created = await translation.createTranslations({
      reference: "product",
      reference_id: product_id,
      locale_code: LOCALE,
      translations: fields,
    })
    return new StepResponse<undefined, Undo>(undefined, { id: created.id, previous: null })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const translation = container.resolve(Modules.TRANSLATION)
    if (undo.previous) await translation.updateTranslations({ id: undo.id, translations: undo.previous })
    else await translation.deleteTranslations([undo.id])
  }
)
