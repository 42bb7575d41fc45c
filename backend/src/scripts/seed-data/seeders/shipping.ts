import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DISPATCH_LOCATION, FULFILLMENT_PROVIDER_ID, FULFILLMENT_SETS } from "../shipping"
import type { StoreSetup } from "./store"
import { seedShippingTranslations } from "./shipping-translations"

type DispatchLocation = {
  id: string
  sales_channels: { id: string }[]
  fulfillment_providers: { id: string }[]
  fulfillment_sets: {
    id: string
    name: string
    service_zones: { id: string; name: string; shipping_options: { name: string }[] }[]
  }[]
}

async function readLocation(container: MedusaContainer): Promise<DispatchLocation | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: [
      "id",
      "sales_channels.id",
      "fulfillment_providers.id",
      "fulfillment_sets.id",
      "fulfillment_sets.name",
      "fulfillment_sets.service_zones.id",
      "fulfillment_sets.service_zones.name",
      "fulfillment_sets.service_zones.shipping_options.name",
    ],
    filters: { name: DISPATCH_LOCATION.name },
  })
  return data[0] as DispatchLocation | undefined
}

/** The dispatch location, selling into the online shop, shipping with the manual provider. */
async function ensureLocation(container: MedusaContainer, salesChannelId: string): Promise<DispatchLocation> {
  if (!(await readLocation(container))) {
    await createStockLocationsWorkflow(container).run({ input: { locations: [DISPATCH_LOCATION] } })
  }
  const location = (await readLocation(container))!
  if (!location.sales_channels?.some((c) => c?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  }
  if (!location.fulfillment_providers?.some((p) => p?.id === FULFILLMENT_PROVIDER_ID)) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
    })
  }
  return location
}

/** Fulfillment sets, then their service zones, each created only when missing. */
async function ensureZones(container: MedusaContainer, location: DispatchLocation): Promise<DispatchLocation> {
  for (const set of FULFILLMENT_SETS) {
    if (location.fulfillment_sets?.some((s) => s.name === set.name)) continue
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: set.name, type: set.type } },
    })
  }
  let current = (await readLocation(container))!
  const zones = FULFILLMENT_SETS.flatMap((set) => {
    const existing = current.fulfillment_sets.find((s) => s.name === set.name)!
    return set.zones
      .filter((zone) => !existing.service_zones?.some((z) => z.name === zone.name))
      .map((zone) => ({ fulfillment_set_id: existing.id, name: zone.name, geo_zones: zone.geo_zones }))
  })
  if (zones.length) {
    await createServiceZonesWorkflow(container).run({ input: { data: zones } })
    current = (await readLocation(container))!
  }
  return current
}

/**
 * The online shop's delivery: a central dispatch location with regular
 * delivery (all Indonesia), same-day (Palembang city only, by service zone)
 * and pickup at a partner outlet, in IDR, with English names. Returns how
 * many shipping options it created.
 */
export async function seedShipping(container: MedusaContainer, store: StoreSetup): Promise<number> {
  const location = await ensureZones(container, await ensureLocation(container, store.salesChannelId))
  const zones = location.fulfillment_sets.flatMap((s) => s.service_zones)
  const missing = FULFILLMENT_SETS.flatMap((set) => set.zones).flatMap((zone) => {
    const existing = zones.find((z) => z.name === zone.name)!
    return zone.options
      .filter((option) => !existing.shipping_options?.some((o) => o.name === option.name))
      .map((option) => ({
        name: option.name,
        service_zone_id: existing.id,
        shipping_profile_id: store.shippingProfileId,
        provider_id: FULFILLMENT_PROVIDER_ID,
        price_type: "flat" as const,
        type: option.type,
        prices: [{ currency_code: "idr", amount: option.amount }],
        // Shown in the store, never offered for returns.
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      }))
  })
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({ input: missing })
  }
  await seedShippingTranslations(container)
  return missing.length
}
