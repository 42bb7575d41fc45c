/**
 * Midtrans' registrations for the payment module: one per method (provider
 * ids pp_midtrans_qris, pp_midtrans_gopay, pp_midtrans_shopeepay,
 * pp_midtrans_va-bca, -bni, -bri, -mandiri), only when both keys are set.
 * Sandbox unless MIDTRANS_IS_PRODUCTION=true.
 */
export const MIDTRANS_METHODS = ["qris", "gopay", "shopeepay", "va-bca", "va-bni", "va-bri", "va-mandiri"] as const

export function midtransEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.MIDTRANS_SERVER_KEY && !!env.MIDTRANS_CLIENT_KEY
}

export function midtransProviderIds(env: NodeJS.ProcessEnv = process.env): string[] {
  return midtransEnabled(env) ? MIDTRANS_METHODS.map((m) => `pp_midtrans_${m}`) : []
}

export function midtransProviders(env: NodeJS.ProcessEnv = process.env) {
  if (!midtransEnabled(env)) return []
  const keys = {
    serverKey: env.MIDTRANS_SERVER_KEY!,
    clientKey: env.MIDTRANS_CLIENT_KEY!,
    isProduction: env.MIDTRANS_IS_PRODUCTION === "true",
  }
  return MIDTRANS_METHODS.map((method) => ({
    resolve: "./src/modules/midtrans-payment",
    id: method,
    options: { ...keys, method },
  }))
}

/**
 * The payment methods a server started with this environment offers, as
 * `npm start` prints them (the same conditions as medusa-config.ts).
 */
export function paymentMethodsSummary(env: NodeJS.ProcessEnv = process.env): string {
  const midtrans = midtransEnabled(env)
    ? `Midtrans on (${env.MIDTRANS_IS_PRODUCTION === "true" ? "production" : "sandbox"}: QRIS, GoPay, ShopeePay, VA BCA/BNI/BRI/Mandiri)`
    : "Midtrans off (set MIDTRANS_SERVER_KEY and MIDTRANS_CLIENT_KEY)"
  const card = env.STRIPE_API_KEY ? "card (Stripe) on" : "card (Stripe) off (set STRIPE_API_KEY)"
  const holdDays = env.PAY_AT_OUTLET_HOLD_DAYS ?? "7"
  return `bank transfer; pay at the outlet on pickup (held ${holdDays} days); ${card}; ${midtrans}`
}
