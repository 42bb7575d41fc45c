import { BANK_TRANSFER_PROVIDER_ID, PAY_AT_OUTLET_PROVIDER_ID, STRIPE_PROVIDER_ID } from "../../../lib/payment-providers"
import type { EmailLocale } from "./email-locale"

const LABELS: Record<string, Record<EmailLocale, string>> = {
  [BANK_TRANSFER_PROVIDER_ID]: { id: "Transfer bank", en: "Bank transfer" },
  [STRIPE_PROVIDER_ID]: { id: "Kartu kredit/debit (Stripe)", en: "Credit/debit card (Stripe)" },
  [PAY_AT_OUTLET_PROVIDER_ID]: { id: "Bayar di outlet", en: "Pay at the outlet" },
  pp_midtrans_qris: { id: "QRIS", en: "QRIS" },
  pp_midtrans_gopay: { id: "GoPay", en: "GoPay" },
  pp_midtrans_shopeepay: { id: "ShopeePay", en: "ShopeePay" },
  "pp_midtrans_va-bca": { id: "Virtual account BCA", en: "BCA virtual account" },
  "pp_midtrans_va-bni": { id: "Virtual account BNI", en: "BNI virtual account" },
  "pp_midtrans_va-bri": { id: "Virtual account BRI", en: "BRI virtual account" },
  "pp_midtrans_va-mandiri": { id: "Mandiri Bill Payment", en: "Mandiri Bill Payment" },
}

/** The payment method as a shopper reads it in an email, in the email's language. */
export function paymentMethodLabel(providerId: string, locale: EmailLocale = "id"): string {
  return LABELS[providerId]?.[locale] ?? providerId
}
