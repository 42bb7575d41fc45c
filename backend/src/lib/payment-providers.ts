/**
 * The payment providers' ids as Medusa registers them (pp_<provider>_<id>),
 * one home for the workflows, the emails and Medusa Admin's pages. No imports:
 * Medusa Admin bundles this file. (The pay-at-outlet module names its own id,
 * as a module imports nothing from outside its folder; the storefront, which
 * reaches the backend over HTTP only, keeps its copies in lib/util.)
 */

/** Medusa's manual provider: a shop order's bank transfer, and an outlet's invoice. */
export const BANK_TRANSFER_PROVIDER_ID = "pp_system_default"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const PAY_AT_OUTLET_PROVIDER_ID = "pp_pay-at-outlet_pay-at-outlet"
