export const BANK_TRANSFER_PROVIDER_ID = "pp_system_default"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

const LABELS: Record<string, string> = {
  [BANK_TRANSFER_PROVIDER_ID]: "Transfer bank",
  [STRIPE_PROVIDER_ID]: "Kartu kredit/debit (Stripe)",
}

export function paymentMethodLabel(providerId: string): string {
  return LABELS[providerId] ?? providerId
}
