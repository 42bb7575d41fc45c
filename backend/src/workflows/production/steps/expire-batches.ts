import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ExpiredBatch, ProductionModuleService } from "../../../modules/production/service"
import { batchLockKey } from "./draw-order-batches"

export type StockAdjustment = { inventory_item_id: string; location_id: string; adjustment: number }

/**
 * Writes off what is left of batches past their expiry date (each batch once:
 * the batch is marked expired in the same transaction) and says how much
 * sellable stock must go. Never takes a level below what orders already reserved.
 */
export const expireBatchesStep = createStep(
  "expire-production-batches",
  async ({ now }: { now?: string | Date }, { container }) => {
    const at = now ? new Date(now) : new Date()
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const candidates = await production.listProductionBatches(
      { expired_at: null, expiry_date: { $lte: at }, remaining_quantity: { $gt: 0 } },
      { select: ["variant_id"] }
    )
    if (!candidates.length) return new StepResponse({ expired: [] as ExpiredBatch[], adjustments: [] as StockAdjustment[] }, [])
    const keys = [...new Set(candidates.map((b) => b.variant_id))].sort().map(batchLockKey)
    const expired = await container.resolve(Modules.LOCKING).execute(keys, () => production.expireBatches(at), { timeout: 30 })

    const inventory = container.resolve(Modules.INVENTORY)
    const levels = expired.length
      ? await inventory.listInventoryLevels(
          { inventory_item_id: expired.map((e) => e.inventory_item_id), location_id: expired.map((e) => e.location_id) },
          { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
        )
      : []
    const free = new Map(
      levels.map((l) => [`${l.inventory_item_id}:${l.location_id}`, Math.max(0, Number(l.stocked_quantity) - Number(l.reserved_quantity))])
    )
    const adjustments: StockAdjustment[] = []
    for (const e of expired) {
      const key = `${e.inventory_item_id}:${e.location_id}`
      const take = Math.min(e.quantity, free.get(key) ?? 0)
      if (take <= 0) continue
      free.set(key, (free.get(key) ?? 0) - take)
      adjustments.push({ inventory_item_id: e.inventory_item_id, location_id: e.location_id, adjustment: -take })
    }
    return new StepResponse({ expired, adjustments }, expired)
  },
  async (expired, { container }) => {
    if (expired?.length) await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).unexpireBatches(expired)
  }
)
