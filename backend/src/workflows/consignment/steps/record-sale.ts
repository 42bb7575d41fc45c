import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { batchDrawsOf, type PlacementDraw } from "../../../modules/outlet/consignment-draws"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import type { SaleOrder } from "./place-sale-order"

/** Which placed batches supplied each line (the recall list and the participants' shares read these); deleted on failure. */
export const recordSaleDrawsStep = createStep(
  "record-consignment-sale-draws",
  async (input: { sale: SaleOrder; draws: PlacementDraw[] }, { container }) => {
    const lineOf = (variantId: string) => input.sale.items.find((i) => i.variant_id === variantId)!.id
    const created = await container
      .resolve<ProductionModuleService>(PRODUCTION_MODULE)
      .createBatchDraws(batchDrawsOf(input.draws).map((d) => ({ order_id: input.sale.order_id, line_item_id: lineOf(d.variant_id), batch_id: d.batch_id, quantity: d.quantity })))
    const ids = created.map((d) => d.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).deleteBatchDraws(ids)
  }
)

type SoldUnits = { placement_id: string; units: number }

/**
 * Counts the sold units on the placements (from the counts read under the
 * outlet's lock). Undoing takes this run's units back off the counts as they
 * are then, not the counts it began from: a repair reverts a crashed run
 * minutes later, when other reports may have counted sales on the same
 * placements.
 */
export const markPlacementsSoldStep = createStep(
  "mark-consignment-placements-sold",
  async (input: { draws: PlacementDraw[]; sold_before: { id: string; sold_quantity: number }[] }, { container }) => {
    const sold = new Map<string, number>()
    for (const d of input.draws) sold.set(d.placement_id, (sold.get(d.placement_id) ?? 0) + d.quantity)
    await container
      .resolve<OutletModuleService>(OUTLET_MODULE)
      .updateConsignmentPlacements(input.sold_before.map((p) => ({ id: p.id, sold_quantity: p.sold_quantity + (sold.get(p.id) ?? 0) })))
    const counted: SoldUnits[] = [...sold].map(([placement_id, units]) => ({ placement_id, units }))
    return new StepResponse(undefined, counted)
  },
  async (counted: SoldUnits[] | { id: string; sold_quantity: number }[] | undefined, { container }) => {
    if (!counted?.length) return
    const outlet = container.resolve<OutletModuleService>(OUTLET_MODULE)
    // A run checkpointed before this change stored the counts it began from.
    if ("sold_quantity" in counted[0]!) return void (await outlet.updateConsignmentPlacements(counted as { id: string; sold_quantity: number }[]))
    const units = new Map((counted as SoldUnits[]).map((c) => [c.placement_id, c.units]))
    const now = await outlet.listConsignmentPlacements({ id: [...units.keys()] }, { select: ["id", "sold_quantity"] })
    await outlet.updateConsignmentPlacements(now.map((p) => ({ id: p.id, sold_quantity: Math.max(0, p.sold_quantity - (units.get(p.id) ?? 0)) })))
  }
)

/**
 * The units were already at the outlet: the reservation Medusa made there
 * gives way to the sale itself, and the outlet's stock goes down by it
 * (put back on failure; the order's cancellation drops its reservations).
 */
export const consumeOutletStockStep = createStep(
  "consume-consignment-outlet-stock",
  async (input: { sale: SaleOrder; outlet_id: string }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    await inventory.deleteReservationItemsByLineItem(input.sale.items.map((i) => i.id))
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "outlet", fields: ["stock_location.id"], filters: { id: input.outlet_id } })
    const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    const adjusted: { inventory_item_id: string; location_id: string; units: number }[] = []
    for (const item of input.sale.items) {
      if (!item.inventory_item_id || !locationId) continue
      await inventory.adjustInventory(item.inventory_item_id, locationId, -item.units)
      adjusted.push({ inventory_item_id: item.inventory_item_id, location_id: locationId, units: item.units })
    }
    return new StepResponse(undefined, adjusted)
  },
  async (adjusted, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    for (const a of adjusted ?? []) await inventory.adjustInventory(a.inventory_item_id, a.location_id, a.units)
  }
)
