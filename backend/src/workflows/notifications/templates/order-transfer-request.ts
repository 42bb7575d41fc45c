import { type EmailLocale, storefrontUrl } from "./email-locale"

export const ORDER_TRANSFER_REQUEST_TEMPLATE = "order-transfer-request"

/** The link that confirms: the storefront's attach page, in the order's language, with the order and the one-time token. */
export function orderTransferUrl(storefront: string, orderId: string, token: string, locale: EmailLocale): string {
  return storefrontUrl(storefront, "/account/orders/attach", locale, { order: orderId, token })
}

const COPY: Record<EmailLocale, { subject: (n: number) => string; lines: (n: number, account: string, url: string) => string[] }> = {
  id: {
    subject: (n) => `Tautkan pesanan #${n} ke akun Anda – Karya Binaan`,
    lines: (n, account, url) => [
      "Halo,",
      "",
      `Akun Karya Binaan ${account} meminta agar pesanan #${n}, yang dibuat tanpa akun dengan email ini, ditautkan ke akun tersebut.`,
      "Jika itu Anda, buka tautan berikut dan tekan \"Tautkan pesanan\":",
      "",
      url,
      "",
      "Jika bukan Anda, abaikan email ini: pesanan tetap seperti semula.",
      "",
      "Salam hangat,",
      "Tim Karya Binaan",
    ],
  },
  en: {
    subject: (n) => `Attach order #${n} to your account – Karya Binaan`,
    lines: (n, account, url) => [
      "Hello,",
      "",
      `The Karya Binaan account ${account} asked to attach order #${n}, placed without an account with this email, to that account.`,
      "If that was you, open this link and press \"Attach order\":",
      "",
      url,
      "",
      "If it was not you, ignore this email: the order stays as it is.",
      "",
      "Warm regards,",
      "The Karya Binaan team",
    ],
  },
}

/** The email asking an order's address to confirm attaching it to an account, as plain text. */
export function renderOrderTransferRequest(displayId: number, account: string, url: string, locale: EmailLocale) {
  const copy = COPY[locale]
  return { subject: copy.subject(displayId), text: copy.lines(displayId, account, url).join("\n") }
}
