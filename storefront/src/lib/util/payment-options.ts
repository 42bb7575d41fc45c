import { GATEWAY_METHODS, gatewayKind, type GatewayKind } from "./gateway-methods"
import { PAY_AT_OUTLET_PROVIDER } from "./pay-at-outlet"

/** Medusa's manual provider: the shopper transfers the money, staff mark it paid. */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"
/** Medusa's Stripe provider, registered under the id "stripe". */
export const CARD_PROVIDER = "pp_stripe_stripe"

/** The methods this shop names itself (messages "Checkout"); the gateway's have theirs in "PaymentMethods". */
export type OwnKind = "bank_transfer" | "card" | "pay_at_outlet"
export type PaymentKind = OwnKind | GatewayKind

export const isOwnKind = (kind: PaymentKind): kind is OwnKind => kind === "bank_transfer" || kind === "card" || kind === "pay_at_outlet"
export type PaymentOption = { providerId: string; kind: PaymentKind }

/** How a provider id is named to the shopper; null for one this shop has no words for. */
export function paymentKind(providerId: string | null | undefined): PaymentKind | null {
  if (providerId === BANK_TRANSFER_PROVIDER) return "bank_transfer"
  if (providerId === CARD_PROVIDER) return "card"
  if (providerId === PAY_AT_OUTLET_PROVIDER) return "pay_at_outlet"
  return gatewayKind(providerId)
}

/**
 * The ways a shopper may pay: the gateway's QRIS, e-wallets and virtual
 * accounts first when the backend has them (paid and confirmed at once), then
 * manual bank transfer, then card.
 * Card needs both halves: the backend's Stripe provider in the region and the
 * storefront's publishable key; with either missing it is left out rather
 * than shown broken. Providers this shop has no form for are left out too.
 */
export function paymentOptions(providerIds: readonly string[], stripePublishableKey: string | undefined): PaymentOption[] {
  const options: PaymentOption[] = GATEWAY_METHODS.filter((m) => providerIds.includes(m.providerId)).map((m) => ({ ...m }))
  if (providerIds.includes(BANK_TRANSFER_PROVIDER)) options.push({ providerId: BANK_TRANSFER_PROVIDER, kind: "bank_transfer" })
  if (providerIds.includes(CARD_PROVIDER) && stripePublishableKey) options.push({ providerId: CARD_PROVIDER, kind: "card" })
  return options
}

/** Stripe's answer to confirmCardPayment, reduced to what decides the next move. */
export type CardConfirmation = {
  error?: { message?: string | null } | null
  paymentIntent?: { status: string } | null
}

/**
 * Whether the order may be placed after Stripe confirmed the card: an
 * authorized (manual capture) or captured intent may; anything else, a 3-D
 * Secure check the shopper abandoned included, may not.
 */
export function cardOutcome(result: CardConfirmation): { ok: true } | { ok: false; message: string | null } {
  if (result.error) return { ok: false, message: result.error.message ?? null }
  const status = result.paymentIntent?.status
  if (status === "requires_capture" || status === "succeeded") return { ok: true }
  return { ok: false, message: null }
}
