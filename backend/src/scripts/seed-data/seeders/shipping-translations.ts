import type { CreateTranslationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FULFILLMENT_SETS } from "../shipping"
import { createMissingTranslations, translation } from "./translations"

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
    const out = [translation("shipping_option", option.id, { name: seed.en.name })]
    if (option.type) out.push(translation("shipping_option_type", option.type.id, seed.en.type))
    return out
  })
  return createMissingTranslations(container, wanted)
}
