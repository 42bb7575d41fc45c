import type { VaBank } from "@/lib/util/gateway-methods"

import type { StorePaymentStatusResponse } from "@karya-binaan/contract"

/** What the gateway says about a cart's payment (GET /store/carts/:id/payment-status). */
export type PaymentStatus = StorePaymentStatusResponse["status"]

/** How the shopper pays: scan a QR, open an e-wallet app, or transfer to a virtual account. */
export type PendingInstructions =
  | { type: "qr"; method: "qris" | "gopay" | "shopeepay"; qrString: string | null; qrCodeUrl: string | null; deeplinkUrl: string | null }
  | { type: "va"; bank: VaBank; vaNumber: string | null; billKey: string | null; billerCode: string | null }

/** The pending-payment page's view of a cart being paid through the gateway. */
export type PendingPayment = {
  cartId: string
  providerId: string
  /** Whole rupiah. */
  amount: number
  /** ISO; the QR or virtual account stops working then. */
  expiresAt: string | null
  instructions: PendingInstructions
}
