import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { STORE } from "../store"

export type StoreSetup = { salesChannelId: string; regionId: string; shippingProfileId: string }

// Each step finds what an earlier, interrupted run left behind before creating,
// so a partial seed resumes instead of duplicating.

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const [existing] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: STORE.salesChannel.name })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [STORE.salesChannel] },
  })
  return result[0].id
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ currency_code: STORE.currency })
  if (existing) return existing.id
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: STORE.region.name,
          currency_code: STORE.currency,
          countries: [STORE.region.country],
          payment_providers: STORE.region.paymentProviders,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return result[0].id
}

async function ensureTaxRegion(container: MedusaContainer): Promise<void> {
  const existing = await container.resolve(Modules.TAX).listTaxRegions({ country_code: STORE.region.country })
  if (existing.length) return
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: STORE.region.country, provider_id: "tp_system", default_tax_rate: STORE.taxRate }],
  })
}

/** Products need a shipping profile; migrations usually leave a default one. */
async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const [existing] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { title: STORE.publishableKeyTitle, type: "publishable" },
  })
  let keyId = data[0]?.id
  const linked = data[0]?.sales_channels?.some((channel: { id: string } | null) => channel?.id === salesChannelId)
  if (!keyId) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STORE.publishableKeyTitle, type: "publishable", created_by: "" }] },
    })
    keyId = result[0].id
  }
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keyId, add: [salesChannelId] } })
  }
}

/** Names the store, sets rupiah and locales, and makes the online shop its default channel and region. */
async function configureStore(container: MedusaContainer, salesChannelId: string, regionId: string): Promise<void> {
  const settings = {
    name: STORE.name,
    supported_currencies: [{ currency_code: STORE.currency, is_default: true, is_tax_inclusive: true }],
    supported_locales: STORE.locales.map((locale_code) => ({ locale_code })),
    default_sales_channel_id: salesChannelId,
    default_region_id: regionId,
  }
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (store) {
    await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update: settings } })
  } else {
    await createStoresWorkflow(container).run({ input: { stores: [settings] } })
  }
}

/** Store, online sales channel, publishable key, Indonesian region and its 0% tax region. */
export async function seedStore(container: MedusaContainer): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(container)
  const regionId = await ensureRegion(container)
  await ensureTaxRegion(container)
  const shippingProfileId = await ensureShippingProfile(container)
  await ensurePublishableKey(container, salesChannelId)
  await configureStore(container, salesChannelId, regionId)
  return { salesChannelId, regionId, shippingProfileId }
}
