import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { recordBatchWorkflow, registerStockedBatchWorkflow } from "../../../workflows/production/record-batch"
import { PRODUCTS } from "../catalog"
import { batchPlan, EXPIRING_SOON_SKU, splitUnits } from "../production"
import type { CohortIds, SeededCohort } from "./cohorts"
import type { ParticipantIds } from "./participants"

type ProductStock = {
  handle: string
  variants: {
    id: string
    sku: string | null
    inventory_items: { inventory_item_id: string; inventory?: { location_levels: { location_id: string }[] } }[]
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
    if (!seed || !cohort) continue
    for (const [v, variant] of product.variants.entries()) {
      const stock = seed.variants.find((s) => s.sku === variant.sku)?.stock
      if (stock === undefined) continue
      recorded += await recordSeedBatches(container, { seed, cohort, variant, index: v, stock, makers: participants.get(seed.cohort) ?? [] }, true)
    }
  }
  return recorded
}

type SeedBatchTarget = {
  seed: (typeof PRODUCTS)[number]
  cohort: SeededCohort
  variant: { id: string; sku: string | null }
  index: number
  stock: number
  makers: string[]
}

/**
 * Records `stock` units of the variant as its seed batches (skipping codes that
 * exist). With `addStock` the batches stock the cohort's location; without,
 * they only describe units already there.
 */
async function recordSeedBatches(container: MedusaContainer, t: SeedBatchTarget, addStock: boolean): Promise<number> {
  if (!t.variant.sku || !t.makers.length) return 0
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const existing = await production.listProductionBatches({ variant_id: t.variant.id }, { select: ["batch_code"] })
  const plan = batchPlan(t.stock, !!t.seed.food_label, t.variant.sku === EXPIRING_SOON_SKU)
  const workflow = addStock ? recordBatchWorkflow : registerStockedBatchWorkflow
  let recorded = 0
  for (const [b, batch] of plan.entries()) {
    const code = `${t.variant.sku}-${batch.suffix}`
    if (existing.some((e) => e.batch_code === code)) continue
    // Two or three makers per batch, rotating through the cohort.
    const team = Array.from({ length: Math.min(t.makers.length, 2 + ((t.index + b) % 2)) }, (_, i) => t.makers[(t.index + b + i) % t.makers.length])
    const units = splitUnits(batch.quantity, team.length)
    await workflow(container).run({
      input: {
        cohort_id: t.cohort.id,
        variant_id: t.variant.id,
        batch_code: code,
        quantity: batch.quantity,
        production_date: daysFromNow(-batch.producedDaysAgo),
        expiry_date: batch.expiresInDays === null ? null : daysFromNow(batch.expiresInDays),
        contributions: units.map((u, i) => ({ participant_id: team[i], units: u })),
      },
    })
    recorded++
  }
  return recorded
}

/**
 * Databases seeded before batches existed hold bare stock levels: when no
 * batch exists at all, each seeded variant's unreserved stock is described by
 * batches that add up to it, without adding stock. Returns how many it wrote.
 */
export async function backfillBatches(container: MedusaContainer, cohorts: CohortIds, participants: ParticipantIds): Promise<number> {
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const [any] = await production.listProductionBatches({}, { select: ["id"], take: 1 })
  if (any) return 0
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.sku", "variants.inventory_items.inventory_item_id"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  let recorded = 0
  for (const product of data as ProductStock[]) {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)
    const cohort = seed && cohorts.get(seed.cohort)
    if (!seed || !cohort) continue
    for (const [v, variant] of product.variants.entries()) {
      const itemId = variant.inventory_items?.[0]?.inventory_item_id
      if (!itemId) continue
      const [level] = await inventory.listInventoryLevels(
        { inventory_item_id: itemId, location_id: cohort.stockLocationId },
        { select: ["stocked_quantity", "reserved_quantity"] }
      )
      const stock = level ? Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity)) : 0
      recorded += await recordSeedBatches(container, { seed, cohort, variant, index: v, stock, makers: participants.get(seed.cohort) ?? [] }, false)
    }
  }
  return recorded
}
