import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { midtransProviderIds } from "../../../lib/midtrans-providers"
import { STORE } from "../store"

/** medusa-config registers Stripe (id "stripe") only when STRIPE_API_KEY is set. */
const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** Payment providers the Indonesian region should offer with this environment. */
export function wantedPaymentProviders(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...STORE.region.paymentProviders, ...(env.STRIPE_API_KEY ? [STRIPE_PROVIDER_ID] : []), ...midtransProviderIds(env)]
}

/**
 * Adds the providers the region lacks (bank transfer always, Stripe and
 * Midtrans when their keys are set), keeping any an operator added. Never removes one: a key taken
 * out of the environment disables Stripe in the payment module already.
 * Returns the providers it added.
 */
export async function seedPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { currency_code: STORE.currency },
  })
  const region = data[0] as { id: string; payment_providers: ({ id: string } | null)[] } | undefined
  if (!region) return []
  const current = region.payment_providers.flatMap((p) => (p ? [p.id] : []))
  const missing = wantedPaymentProviders().filter((id) => !current.includes(id))
  if (missing.length) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...current, ...missing] } },
    })
  }
  return missing
}
