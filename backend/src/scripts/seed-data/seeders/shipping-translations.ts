import type { CreateTranslationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { FULFILLMENT_SETS } from "../shipping"

const LOCALE = "en-US"

type SeededOption = { id: string; name: string; type: { id: string } | null }

/**
 * English names for the shipping options and their types, served when the
 * cart's locale is en-US. Only records that don't exist yet are created.
 */
export async function seedShippingTranslations(container: MedusaContainer): Promise<number> {
  const seeds = FULFILLMENT_SETS.flatMap((set) => set.zones.flatMap((zone) => zone.options))
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "name", "type.id"],
    filters: { name: seeds.map((s) => s.name) },
  })

  const wanted: CreateTranslationDTO[] = (data as SeededOption[]).flatMap((option) => {
    const seed = seeds.find((s) => s.name === option.name)
    if (!seed) return []
    const out: CreateTranslationDTO[] = [
      { reference: "shipping_option", reference_id: option.id, locale_code: LOCALE, translations: { name: seed.en.name } },
    ]
    if (option.type) {
      out.push({ reference: "shipping_option_type", reference_id: option.type.id, locale_code: LOCALE, translations: seed.en.type })
    }
    return out
  })
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
