import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { outletRegionId } from "./outlet-region"

/** How an outlet receives its order, and the shop's shipping option type code each one uses (seed-data/shipping.ts). */
export const OUTLET_DELIVERY_CODES = { delivery: "reguler", pickup: "pickup" } as const
export type OutletDelivery = keyof typeof OUTLET_DELIVERY_CODES

export type OutletDeliveryOption = { delivery: OutletDelivery; name: string; amount: number | null }

type ChannelRow = {
  stock_locations?: ({ fulfillment_sets?: ({ service_zones?: ({ shipping_options?: ({ id: string } | null)[] | null } | null)[] | null } | null)[] | null } | null)[] | null
}
type OptionRow = { id: string; name: string; type?: { code?: string | null } | null; calculated_price?: { calculated_amount?: number | null } | null }

/**
 * What each way of receiving an order costs the outlet, before it orders:
 * the price of the very shipping option its order's cart will get (same type
 * code, same channel, the IDR region's price), so the fee shown is the fee charged.
 */
export async function outletDeliveryOptions(container: MedusaContainer, salesChannelId: string): Promise<OutletDeliveryOption[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, regionId] = await Promise.all([
    query.graph({
      entity: "sales_channel",
      fields: ["stock_locations.fulfillment_sets.service_zones.shipping_options.id"],
      filters: { id: salesChannelId },
    }),
    outletRegionId(container),
  ])
  const ids = (channels as ChannelRow[]).flatMap((c) =>
    (c.stock_locations ?? []).flatMap((l) => (l?.fulfillment_sets ?? []).flatMap((f) => (f?.service_zones ?? []).flatMap((z) => (z?.shipping_options ?? []).flatMap((o) => (o ? [o.id] : []))))),
  )
  if (!ids.length) return []
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "type.code", "calculated_price.*"],
    filters: { id: [...new Set(ids)] },
    context: { calculated_price: QueryContext({ region_id: regionId, currency_code: "idr" }) },
  })
  return (Object.keys(OUTLET_DELIVERY_CODES) as OutletDelivery[]).flatMap((delivery) => {
    const option = (options as OptionRow[]).find((o) => o.type?.code === OUTLET_DELIVERY_CODES[delivery])
    if (!option) return []
    const amount = option.calculated_price?.calculated_amount
    return [{ delivery, name: option.name, amount: amount === null || amount === undefined ? null : Number(amount) }]
  })
}
