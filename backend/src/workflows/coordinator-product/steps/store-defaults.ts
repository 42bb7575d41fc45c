import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where a coordinator's product sells and ships from: the store's default channel and shipping profile. */
export const storeDefaultsStep = createStep("coordinator-product-store-defaults", async (_: void, { container }) => {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!store?.default_sales_channel_id || !profile) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default sales channel or shipping profile")
  }
  return new StepResponse({ sales_channel_id: store.default_sales_channel_id, shipping_profile_id: profile.id })
})
