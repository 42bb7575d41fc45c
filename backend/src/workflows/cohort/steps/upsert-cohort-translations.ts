import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CohortTranslations } from "../types"

export const upsertCohortTranslationsStepId = "upsert-cohort-translations"

export type UpsertCohortTranslationsInput = { cohort_id: string; translations?: CohortTranslations }[]

type Previous = { created: string[]; updated: { id: string; translations: Record<string, unknown> }[] }

/**
 * Writes a cohort's translated fields (English, for now) into the Translation
 * module, merging with what is there: changing the story keeps the tagline.
 */
export const upsertCohortTranslationsStep = createStep(
  upsertCohortTranslationsStepId,
  async (input: UpsertCohortTranslationsInput, { container }) => {
    const service = container.resolve(Modules.TRANSLATION)
    const wanted = input.flatMap(({ cohort_id, translations }) =>
      Object.entries(translations ?? {}).map(([locale_code, fields]) => ({ cohort_id, locale_code, fields: fields ?? {} }))
    )
    if (!wanted.length) {
      return new StepResponse(undefined, { created: [], updated: [] } as Previous)
    }
    const existing = await service.listTranslations({
      reference: "cohort",
      reference_id: [...new Set(wanted.map((w) => w.cohort_id))],
    })
    const previous: Previous = { created: [], updated: [] }
    for (const { cohort_id, locale_code, fields } of wanted) {
      const current = existing.find((t) => t.reference_id === cohort_id && t.locale_code === locale_code)
      if (current) {
        previous.updated.push({ id: current.id, translations: current.translations })
        await service.updateTranslations({ id: current.id, translations: { ...current.translations, ...fields } })
      } else {
        const created = await service.createTranslations({
          reference: "cohort",
          reference_id: cohort_id,
          locale_code,
          translations: fields,
        })
        previous.created.push(created.id)
      }
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve(Modules.TRANSLATION)
    if (previous.created.length) await service.deleteTranslations(previous.created)
    for (const restore of previous.updated) await service.updateTranslations(restore)
  }
)
