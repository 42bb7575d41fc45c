import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { stripePublishableKey } from "@/lib/env"
import type { BankTransferDetails, DeliveryOption } from "@/lib/types/checkout"
import { withPayAtOutlet } from "@/lib/util/pay-at-outlet"
import { paymentOptions, type PaymentOption } from "@/lib/util/payment-options"
import { authHeaders } from "./cookies"
import { sdk } from "./sdk"
import type { StoreBankTransferResponse } from "@karya-binaan/contract"

type CartShippingOption = HttpTypes.StoreCartShippingOption & {
  type?: { description?: string | null } | null
  service_zone?: { fulfillment_set?: { type?: string | null } | null } | null
}

function reshapeOption(option: CartShippingOption): DeliveryOption {
  return {
    id: option.id,
    name: option.name,
    description: option.type?.description || null,
    amount: option.amount ?? 0,
    pickup: option.service_zone?.fulfillment_set?.type === "pickup",
  }
}

/**
 * The delivery options Medusa offers this cart (named in the cart's language;
 * same-day only for Palembang addresses). Medusa marks them all
 * `insufficient_inventory` because stock sits at the cohorts' locations, not
 * at the dispatch location the options belong to, so that flag is ignored:
 * the race guard checks real stock when the order is placed.
 */
export async function listDeliveryOptions(cartId: string): Promise<DeliveryOption[]> {
  const { shipping_options } = await sdk().store.fulfillment.listCartOptions({ cart_id: cartId }, await authHeaders())
  return (shipping_options as CartShippingOption[]).map(reshapeOption).sort((a, b) => a.amount - b.amount || a.name.localeCompare(b.name))
}

/** How the cart's region may be paid, with card only when Stripe is set up on both sides, and at the outlet only for a pickup. */
export async function listPaymentChoices(regionId: string, pickup = false): Promise<PaymentOption[]> {
  const { payment_providers } = await sdk().store.payment.listPaymentProviders({ region_id: regionId }, await authHeaders())
  const ids = payment_providers.map((p) => p.id)
  return withPayAtOutlet(paymentOptions(ids, stripePublishableKey()), ids, pickup)
}

/** The account and instructions for paying by bank transfer, or null when the shop has none set (or the call fails). */
export async function getBankTransfer(): Promise<BankTransferDetails | null> {
  try {
    const { bank_transfer } = await sdk().client.fetch<StoreBankTransferResponse>("/store/bank-transfer", { cache: "no-store" })
    return bank_transfer
  } catch (error) {
    console.error("Bank transfer details unavailable:", error)
    return null
  }
}
