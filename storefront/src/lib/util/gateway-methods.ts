/**
 * The Midtrans methods the backend registers, one provider each
 * (contract-midtrans: `pp_midtrans_<method>`). Order is the order shown at
 * checkout: QR and e-wallets first, as most Indonesian shoppers pay, then the
 * virtual accounts by bank.
 */
export const GATEWAY_METHODS = [
  { providerId: "pp_midtrans_qris", kind: "qris" },
  { providerId: "pp_midtrans_gopay", kind: "gopay" },
  { providerId: "pp_midtrans_shopeepay", kind: "shopeepay" },
  { providerId: "pp_midtrans_va-bca", kind: "va_bca" },
  { providerId: "pp_midtrans_va-bni", kind: "va_bni" },
  { providerId: "pp_midtrans_va-bri", kind: "va_bri" },
  { providerId: "pp_midtrans_va-mandiri", kind: "va_mandiri" },
] as const

export type GatewayKind = (typeof GATEWAY_METHODS)[number]["kind"]
export type VaBank = "bca" | "bni" | "bri" | "mandiri"

/** The gateway method behind a provider id, or null for any other provider. */
export function gatewayKind(providerId: string | null | undefined): GatewayKind | null {
  return GATEWAY_METHODS.find((m) => m.providerId === providerId)?.kind ?? null
}

/** Paid on the pending-payment page rather than by placing the order at review. */
export const isGatewayProvider = (providerId: string | null | undefined): boolean => gatewayKind(providerId) !== null
