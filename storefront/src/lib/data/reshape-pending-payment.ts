import type { PendingInstructions, PendingPayment } from "@/lib/types/pending-payment"
import { gatewayKind, type VaBank } from "@/lib/util/gateway-methods"

// payment_session.data as the backend's Midtrans provider keeps it (contract-midtrans).
type SessionData = {
  method?: unknown
  bank?: unknown
  amount?: unknown
  expires_at?: unknown
  qr_string?: unknown
  qr_code_url?: unknown
  deeplink_url?: unknown
  va_number?: unknown
  bill_key?: unknown
  biller_code?: unknown
}
type Session = { provider_id: string; status?: string | null; amount?: number | null; data?: Record<string, unknown> | null }
type CartFacts = { id: string; total?: number | null; payment_collection?: { payment_sessions?: readonly Session[] | null } | null }

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null)
const BANKS: readonly VaBank[] = ["bca", "bni", "bri", "mandiri"]

function instructions(data: SessionData): PendingInstructions | null {
  const method = data.method
  if (method === "va") {
    const bank = BANKS.find((b) => b === data.bank)
    if (!bank) return null
    return { type: "va", bank, vaNumber: text(data.va_number), billKey: text(data.bill_key), billerCode: text(data.biller_code) }
  }
  if (method === "qris" || method === "gopay" || method === "shopeepay") {
    const qrCodeUrl = text(data.qr_code_url)
    return { type: "qr", method, qrString: text(data.qr_string), qrCodeUrl: qrCodeUrl?.startsWith("https://") ? qrCodeUrl : null, deeplinkUrl: text(data.deeplink_url) }
  }
  return null
}

/**
 * The cart's gateway payment session, as the page shows it; null when the
 * cart has none (paid another way, or never sent to the gateway). A session
 * that lost its data (the cart changed after it was made) is no payment either.
 */
export function reshapePendingPayment(cart: CartFacts): PendingPayment | null {
  const session = (cart.payment_collection?.payment_sessions ?? []).find((s) => gatewayKind(s.provider_id))
  if (!session?.data) return null
  const data = session.data as SessionData
  const shown = instructions(data)
  if (!shown) return null
  const amount = typeof data.amount === "number" ? data.amount : (session.amount ?? cart.total ?? 0)
  return { cartId: cart.id, providerId: session.provider_id, amount, expiresAt: text(data.expires_at), instructions: shown }
}
