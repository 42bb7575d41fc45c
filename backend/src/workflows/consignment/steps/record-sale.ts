import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { batchDrawsOf, type PlacementDraw } from "../../../modules/outlet/consignment-draws"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService, SoldUnits } from "../../../modules/outlet/service"
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

export const MARK_PLACEMENTS_SOLD_STEP = "mark-consignment-placements-sold"

type Counted = { report_id: string }
/** Compensation inputs of runs checkpointed by older code: before b6aff99 the counts it began from, then the units it added. */
type LegacyCounted = { id: string; sold_quantity: number }[] | SoldUnits[]

/**
 * Counts the sold units on the placements, and records on the report what it
 * counted, in one transaction (OutletModuleService.countReportSales). Both
 * ways add to the counts as PostgreSQL holds them, never write back counts
 * read before: a repair reverts a crashed run minutes later, without the
 * outlet's lock, when other reports may be counting sales on the same
 * placements. The record lets that repair take back a count whose step was
 * cut off before its checkpoint, and makes taking back happen once.
 */
export const markPlacementsSoldStep = createStep(
  MARK_PLACEMENTS_SOLD_STEP,
  async (input: { report_id: string; draws: PlacementDraw[] }, { container }) => {
    const sold = new Map<string, number>()
    for (const d of input.draws) sold.set(d.placement_id, (sold.get(d.placement_id) ?? 0) + d.quantity)
    const units: SoldUnits[] = [...sold].map(([placement_id, units]) => ({ placement_id, units }))
    await container.resolve<OutletModuleService>(OUTLET_MODULE).countReportSales(input.report_id, units)
    return new StepResponse(undefined, { report_id: input.report_id } as Counted)
  },
  async (counted: Counted | LegacyCounted | undefined, { container }) => {
    if (!counted) return
    const outlet = container.resolve<OutletModuleService>(OUTLET_MODULE)
    if (!Array.isArray(counted)) return void (await outlet.uncountReportSales(counted.report_id))
    if (!counted.length) return
    if ("sold_quantity" in counted[0]!) return void (await outlet.updateConsignmentPlacements(counted as { id: string; sold_quantity: number }[]))
    await outlet.addPlacementCounts((counted as SoldUnits[]).map((c) => ({ id: c.placement_id, sold: -c.units })))
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
