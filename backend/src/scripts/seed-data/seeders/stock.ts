import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS } from "../catalog"
import type { CohortIds } from "./cohorts"

type ProductStock = {
  handle: string
  variants: {
    sku: string | null
    inventory_items: { inventory_item_id: string; inventory: { location_levels: { location_id: string }[] } }[]
  }[]
}

/**
 * Puts each variant's opening stock at its cohort's own stock location,
 * skipping items that already have a level there. Returns how many levels it created.
 */
export async function seedStock(container: MedusaContainer, cohorts: CohortIds): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "handle",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })

  const levels = (data as ProductStock[]).flatMap((product) => {
    const seed = PRODUCTS.find((p) => p.handle === product.handle)
    const locationId = seed && cohorts.get(seed.cohort)?.stockLocationId
    if (!seed || !locationId) return []
    return product.variants.flatMap((variant) => {
      const stock = seed.variants.find((v) => v.sku === variant.sku)?.stock
      const link = variant.inventory_items?.[0]
      const stocked = link?.inventory?.location_levels?.some((level) => level.location_id === locationId)
      if (stock === undefined || !link || stocked) return []
      return [{ inventory_item_id: link.inventory_item_id, location_id: locationId, stocked_quantity: stock }]
    })
  })

  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
  return levels.length
}
