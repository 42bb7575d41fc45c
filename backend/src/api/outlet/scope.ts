import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyingGroup } from "../../modules/outlet/buyer"

/** What every /outlet/* route works within: the buyer's outlet and its Medusa records. */
export type OutletScope = {
  outlet_id: string
  sales_channel_id: string
  /** The outlet's consignment channel (its sell-through reports' orders), when it has one. */
  consignment_sales_channel_id: string | null
  customer_group_id: string
  customer_id: string
  email: string
}

export type OutletRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { outlet: OutletScope }

/** The one answer for "not your outlet's": the same as for an order that doesn't exist. */
export const OUTLET_ORDER_NOT_FOUND = "Pesanan tidak ditemukan"

type Group = {
  id: string
  outlet?: { id: string; status: string; consignment_sales_channel_id?: string | null; sales_channel?: { id: string } | null } | null
} | null

/**
 * The outlet a customer buys for: customer → customer group → outlet (module
 * link), active outlets only. A shopper belongs to no outlet group: null.
 */
export async function buyerOutlet(scope: MedusaContainer, customerId: string): Promise<OutletScope | null> {
  if (!customerId) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "groups.id", "groups.outlet.id", "groups.outlet.status", "groups.outlet.consignment_sales_channel_id", "groups.outlet.sales_channel.id"],
    filters: { id: customerId },
  })
  const group = buyingGroup((customer?.groups ?? []) as Group[])
  if (!customer || !group?.outlet?.sales_channel) return null
  return {
    outlet_id: group.outlet.id,
    sales_channel_id: group.outlet.sales_channel.id,
    consignment_sales_channel_id: group.outlet.consignment_sales_channel_id ?? null,
    customer_group_id: group.id,
    customer_id: customer.id,
    email: customer.email ?? "",
  }
}

/**
 * Resolves the signed-in customer's outlet once, for every /outlet/* route:
 * a shopper (no outlet group) gets 403, and handlers read `req.outlet` rather
 * than checking ownership themselves.
 */
export async function scopeToOutlet(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const outlet = await buyerOutlet(req.scope, req.auth_context?.actor_id ?? "")
  if (!outlet) {
    res.status(403).json({ type: "not_allowed", message: "Akun ini bukan akun pembeli outlet mitra" })
    return
  }
  Object.assign(req, { outlet })
  next()
}

/** The outlet's channels: wholesale orders and consignment sales. */
export const outletChannelIds = (outlet: OutletScope): string[] =>
  [outlet.sales_channel_id, outlet.consignment_sales_channel_id].filter((id): id is string => !!id)

/** Throws 404 unless the order was placed in one of the buyer's outlet channels. */
export function assertOutletOrder(req: OutletRequest, order: { sales_channel_id?: string | null } | undefined): void {
  if (!order?.sales_channel_id || !outletChannelIds(req.outlet).includes(order.sales_channel_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, OUTLET_ORDER_NOT_FOUND)
  }
}
