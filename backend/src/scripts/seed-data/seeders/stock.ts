import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { recordBatchWorkflow } from "../../../workflows/production/record-batch"
import { PRODUCTS } from "../catalog"
import { batchPlan, EXPIRING_SOON_SKU, splitUnits } from "../production"
import type { CohortIds } from "./cohorts"
import type { ParticipantIds } from "./participants"

type ProductStock = {
  handle: string
  variants: {
    id: string
    sku: string | null
    inventory_items: { inventory_item_id: string; inventory: { location_levels: { location_id: string }[] } }[]
  }[]
}

const DAY_MS = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()

/**
 * Opening stock comes from production batches, as it does for coordinators:
 * each variant gets a level at its cohort's own location (at zero), then its
 * seeded stock is recorded as one or two batches, made by the cohort's
 * participants, which add up to that stock. Skips what exists; returns how
 * many batches it recorded.
 */
export async function seedStock(container: MedusaContainer, cohorts: CohortIds, participants: ParticipantIds): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "handle",
      "variants.id",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const products = data as ProductStock[]

  const levels = products.flatMap((product) => {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)
    const locationId = seed && cohorts.get(seed.cohort)?.stockLocationId
    if (!seed || !locationId) return []
    return product.variants.flatMap((variant) => {
      const link = variant.inventory_items?.[0]
      const stocked = link?.inventory?.location_levels?.some((level) => level.location_id === locationId)
      if (!link || stocked) return []
      return [{ inventory_item_id: link.inventory_item_id, location_id: locationId, stocked_quantity: 0 }]
    })
  })
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  let recorded = 0
  for (const product of products) {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)
    const cohort = seed && cohorts.get(seed.cohort)
    const makers = seed ? participants.get(seed.cohort) ?? [] : []
    if (!seed || !cohort || !makers.length) continue
    for (const [v, variant] of product.variants.entries()) {
      const variantSeed = seed.variants.find((s) => s.sku === variant.sku)
      if (!variantSeed || !variant.sku) continue
      const existing = await production.listProductionBatches({ variant_id: variant.id }, { select: ["batch_code"] })
      const plan = batchPlan(variantSeed.stock, !!seed.food_label, variant.sku === EXPIRING_SOON_SKU)
      for (const [b, batch] of plan.entries()) {
        const code = `${variant.sku}-${batch.suffix}`
        if (existing.some((e) => e.batch_code === code)) continue
        // Two or three makers per batch, rotating through the cohort.
        const team = Array.from({ length: Math.min(makers.length, 2 + ((v + b) % 2)) }, (_, i) => makers[(v + b + i) % makers.length])
        const units = splitUnits(batch.quantity, team.length)
        await recordBatchWorkflow(container).run({
          input: {
            cohort_id: cohort.id,
            variant_id: variant.id,
            batch_code: code,
            quantity: batch.quantity,
            production_date: daysFromNow(-batch.producedDaysAgo),
            expiry_date: batch.expiresInDays === null ? null : daysFromNow(batch.expiresInDays),
            contributions: units.map((u, i) => ({ participant_id: team[i], units: u })),
          },
        })
        recorded++
      }
    }
  }
  return recorded
}
