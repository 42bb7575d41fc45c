import type { MidtransMethodId, MidtransSessionData } from "./types"

type Json = Record<string, any>

/**
 * How long a charge stays payable: a QR (QRIS, GoPay, ShopeePay) 15 minutes,
 * since the shopper pays from the phone in hand; a virtual account 24 hours,
 * since a transfer may wait for a banking app or an ATM.
 */
export const EXPIRY: Record<"qr" | "va", { expiry_duration: number; unit: "minute" | "hour"; ms: number }> = {
  qr: { expiry_duration: 15, unit: "minute", ms: 15 * 60_000 },
  va: { expiry_duration: 24, unit: "hour", ms: 24 * 3_600_000 },
}

const BANK = { "va-bca": "bca", "va-bni": "bni", "va-bri": "bri", "va-mandiri": "mandiri" } as const

function isVa(method: MidtransMethodId): method is keyof typeof BANK {
  return method.startsWith("va-")
}

/** The Core API charge request (POST /v2/charge) for one method. */
export function chargeRequest(method: MidtransMethodId, input: { orderId: string; amount: number; email?: string }): Json {
  const expiry = EXPIRY[isVa(method) ? "va" : "qr"]
  const base: Json = {
    transaction_details: { order_id: input.orderId, gross_amount: input.amount },
    custom_expiry: { expiry_duration: expiry.expiry_duration, unit: expiry.unit },
    ...(input.email ? { customer_details: { email: input.email } } : {}),
  }
  switch (method) {
    case "qris":
      return { ...base, payment_type: "qris", qris: { acquirer: "gopay" } }
    case "gopay":
      return { ...base, payment_type: "gopay", gopay: { enable_callback: false } }
    case "shopeepay":
      return { ...base, payment_type: "shopeepay", shopeepay: {} }
    case "va-mandiri":
      // Mandiri's VA is the e-channel bill payment: a biller code and a bill key.
      return { ...base, payment_type: "echannel", echannel: { bill_info1: "Pembayaran", bill_info2: "Karya Binaan" } }
    default:
      return { ...base, payment_type: "bank_transfer", bank_transfer: { bank: BANK[method] } }
  }
}

/** Midtrans writes times in Jakarta time (UTC+7) without a zone: "2026-12-03 14:30:00". */
export function jakartaTimeToIso(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value.trim())
  if (!m) return undefined
  const date = new Date(`${m[1]}T${m[2]}+07:00`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function action(charge: Json, name: string): string | undefined {
  const found = (charge.actions as Json[] | undefined)?.find((a) => a?.name === name)
  return typeof found?.url === "string" ? found.url : undefined
}

/** What the shopper needs from the charge response, in the session data's shape. */
export function sessionDataFromCharge(method: MidtransMethodId, charge: Json, now = Date.now()): MidtransSessionData {
  const expiresAt = jakartaTimeToIso(charge.expiry_time) ?? new Date(now + EXPIRY[isVa(method) ? "va" : "qr"].ms).toISOString()
  const common = {
    midtrans_order_id: String(charge.order_id),
    transaction_id: String(charge.transaction_id),
    transaction_status: String(charge.transaction_status ?? "pending"),
    amount: Math.round(Number(charge.gross_amount)),
    expires_at: expiresAt,
  }
  if (method === "va-mandiri") {
    return { ...common, method: "va", bank: "mandiri", bill_key: charge.bill_key, biller_code: charge.biller_code }
  }
  if (isVa(method)) {
    const bank = BANK[method]
    const va = (charge.va_numbers as Json[] | undefined)?.find((v) => v?.bank === bank) ?? charge.va_numbers?.[0]
    return { ...common, method: "va", bank, va_number: va?.va_number }
  }
  const data: MidtransSessionData = { ...common, method }
  const qr = charge.qr_string
  if (typeof qr === "string" && qr) data.qr_string = qr
  // GoPay answers with its QR as an image to fetch (the computer's flow), not a string to draw.
  const qrImage = action(charge, "generate-qr-code")
  if (!data.qr_string && qrImage?.startsWith("https://")) data.qr_code_url = qrImage
  const deeplink = action(charge, "deeplink-redirect")
  if (deeplink) data.deeplink_url = deeplink
  return data
}
