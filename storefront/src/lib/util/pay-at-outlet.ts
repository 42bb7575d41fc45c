import type { PaymentOption } from "./payment-options"

/** Our pay-at-outlet provider (backend modules/pay-at-outlet, id "pay-at-outlet"). */
export const PAY_AT_OUTLET_PROVIDER = "pp_pay-at-outlet_pay-at-outlet"

/** Days an unpaid pay-at-outlet order waits (the backend's PAY_AT_OUTLET_HOLD_DAYS default). */
export const PAY_AT_OUTLET_HOLD_DAYS = 7

/**
 * Paying at the outlet is offered only for a pickup at a partner outlet, and
 * only when the region has the provider; it comes last, after paying now.
 */
export function withPayAtOutlet(options: PaymentOption[], providerIds: readonly string[], pickup: boolean): PaymentOption[] {
  if (!pickup || !providerIds.includes(PAY_AT_OUTLET_PROVIDER)) return options
  return [...options, { providerId: PAY_AT_OUTLET_PROVIDER, kind: "pay_at_outlet" }]
}
