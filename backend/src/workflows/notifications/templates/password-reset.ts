import { type EmailLocale, storefrontUrl } from "./email-locale"

export const PASSWORD_RESET_TEMPLATE = "password-reset"

/** The reset link: the storefront's reset page in the shopper's language, with the token and the email. */
export function passwordResetUrl(storefront: string, token: string, email: string, locale: EmailLocale = "id"): string {
  return storefrontUrl(storefront, "/account/reset-password", locale, { token, email })
}

const COPY: Record<EmailLocale, { subject: string; lines: (url: string) => string[] }> = {
  id: {
    subject: "Atur ulang kata sandi – Karya Binaan",
    lines: (url) => [
      "Halo,",
      "",
      "Kami menerima permintaan untuk mengatur ulang kata sandi akun Karya Binaan Anda.",
      "Buka tautan berikut untuk membuat kata sandi baru (berlaku 15 menit, hanya sekali pakai):",
      "",
      url,
      "",
      "Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.",
      "",
      "Salam hangat,",
      "Tim Karya Binaan",
    ],
  },
  en: {
    subject: "Reset your password – Karya Binaan",
    lines: (url) => [
      "Hello,",
      "",
      "We received a request to reset the password of your Karya Binaan account.",
      "Open this link to choose a new password (valid for 15 minutes, once):",
      "",
      url,
      "",
      "If you did not ask for this, ignore this email: your password stays the same.",
      "",
      "Warm regards,",
      "The Karya Binaan team",
    ],
  },
}

/** The password-reset email in the shopper's language, as plain text. */
export function renderPasswordReset(resetUrl: string, locale: EmailLocale = "id") {
  const copy = COPY[locale]
  return { subject: copy.subject, text: copy.lines(resetUrl).join("\n") }
}
