export const BANK_TRANSFER_PROVIDER_ID = "pp_system_default"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const PAY_AT_OUTLET_PROVIDER_ID = "pp_pay-at-outlet_pay-at-outlet"

const LABELS: Record<string, string> = {
  [BANK_TRANSFER_PROVIDER_ID]: "Transfer bank",
  [STRIPE_PROVIDER_ID]: "Kartu kredit/debit (Stripe)",
  [PAY_AT_OUTLET_PROVIDER_ID]: "Bayar di outlet",
}

export function paymentMethodLabel(providerId: string): string {
  return LABELS[providerId] ?? providerId
}
