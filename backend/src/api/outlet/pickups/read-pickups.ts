import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OutletPickup } from "@karya-binaan/contract"
import OrderPickupOutlet from "../../../links/order-pickup-outlet"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import { outletPickupView, PICKUP_ORDER_FIELDS, type PickupOrderRow } from "../../../workflows/pickup/pickup-order"
import { PICKUP_NOT_FOUND } from "../../../workflows/pickup/steps/find-pickup-to-collect"

// Newest link first; the id keeps two links written in the same instant on one page each.
const NEWEST_FIRST = { created_at: "DESC", id: "ASC" } as const

/**
 * One page of the outlet's pickups, newest first, paged on the link itself
 * (links/order-pickup-outlet.ts): the link row is written when the order is
 * placed (workflows/pickup/link-pickup-outlet.ts), so its creation order is the
 * orders' and the database cuts the page and counts. Only that page's orders
 * are then read in full. (Filtering the order query on the linked outlet
 * instead fails in Medusa 2.21: its count query renders the link's EXISTS as a
 * column name.)
 */
export async function pickupsOf(
  scope: MedusaContainer,
  outletId: string,
  page: { limit: number; offset: number }
): Promise<{ pickups: OutletPickup[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links, metadata } = await query.graph({
    entity: OrderPickupOutlet.entryPoint,
    fields: ["order_id"],
    filters: { outlet_id: outletId },
    pagination: { skip: page.offset, take: page.limit, order: NEWEST_FIRST },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const count = metadata?.count ?? ids.length
  if (!ids.length) return { pickups: [], count }
  const { data } = await query.graph({ entity: "order", fields: PICKUP_ORDER_FIELDS, filters: { id: ids } })
  const byId = new Map((data as PickupOrderRow[]).map((row) => [row.id, row]))
  const rows = ids.map((id) => byId.get(id)).filter((row): row is PickupOrderRow => !!row)
  const takings = rows.length ? await takingsOf(scope, outletId, rows.map((row) => row.id)) : new Map()
  return { pickups: rows.map((row) => outletPickupView(row, takings.get(row.id) ?? null)), count }
}

/** One pickup of this outlet; another outlet's order, or none, is a 404. */
export async function pickupOf(scope: MedusaContainer, outletId: string, orderId: string): Promise<OutletPickup> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: PICKUP_ORDER_FIELDS, filters: { id: orderId } })
  const row = data[0] as PickupOrderRow | undefined
  if (!row || row.outlet?.id !== outletId) throw new MedusaError(MedusaError.Types.NOT_FOUND, PICKUP_NOT_FOUND)
  return outletPickupView(row, (await takingsOf(scope, outletId, [orderId])).get(orderId) ?? null)
}

/** The cash this outlet took, by order. */
async function takingsOf(scope: MedusaContainer, outletId: string, orderIds: string[]) {
  const rows = await scope.resolve<OutletModuleService>(OUTLET_MODULE).listPickupTakings({ outlet_id: outletId, order_id: orderIds })
  return new Map(rows.map((t) => [t.order_id, t]))
}
