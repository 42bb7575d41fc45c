import type { EmailLocale } from "./email-locale"

export const REGISTRATION_CONFIRM_TEMPLATE = "registration-confirm"
export const REGISTRATION_EXISTS_TEMPLATE = "registration-exists"

const CONFIRM: Record<EmailLocale, { subject: string; lines: (name: string, url: string) => string[] }> = {
  id: {
    subject: "Konfirmasi email untuk akun Karya Binaan",
    lines: (name, url) => [
      `Halo ${name},`,
      "",
      "Terima kasih sudah mendaftar di Karya Binaan. Buka tautan berikut untuk memilih kata sandi dan menyelesaikan pendaftaran (berlaku 24 jam):",
      "",
      url,
      "",
      "Jika Anda tidak mendaftar, abaikan email ini: tidak ada akun yang dibuat.",
      "",
      "Salam hangat,",
      "Tim Karya Binaan",
    ],
  },
  en: {
    subject: "Confirm your email for a Karya Binaan account",
    lines: (name, url) => [
      `Hello ${name},`,
      "",
      "Thank you for registering at Karya Binaan. Open this link to choose a password and finish registering (valid for 24 hours):",
      "",
      url,
      "",
      "If you did not register, ignore this email: no account was created.",
      "",
      "Warm regards,",
      "The Karya Binaan team",
    ],
  },
}

const EXISTS: Record<EmailLocale, { subject: string; lines: (login: string, reset: string) => string[] }> = {
  id: {
    subject: "Ada yang mencoba mendaftar dengan email Anda – Karya Binaan",
    lines: (login, reset) => [
      "Halo,",
      "",
      "Seseorang baru saja mencoba membuat akun Karya Binaan dengan alamat email ini, padahal alamat ini sudah punya akun (atau undangan yang menunggu).",
      "",
      `Jika itu Anda, masuk di sini: ${login}`,
      `Lupa kata sandi? Atur ulang di sini: ${reset}`,
      "",
      "Jika bukan Anda, abaikan email ini: akun Anda tidak berubah.",
      "",
      "Salam hangat,",
      "Tim Karya Binaan",
    ],
  },
  en: {
    subject: "Someone tried to register with your email – Karya Binaan",
    lines: (login, reset) => [
      "Hello,",
      "",
      "Someone just tried to create a Karya Binaan account with this email address, which already has an account (or an invitation waiting).",
      "",
      `If that was you, log in here: ${login}`,
      `Forgot your password? Reset it here: ${reset}`,
      "",
      "If it was not you, ignore this email: your account is unchanged.",
      "",
      "Warm regards,",
      "The Karya Binaan team",
    ],
  },
}

/** "Confirm your email": the link that finishes a registration. */
export function renderRegistrationConfirm(name: string, url: string, locale: EmailLocale) {
  return { subject: CONFIRM[locale].subject, text: CONFIRM[locale].lines(name, url).join("\n") }
}

/** To an address that already has an account: someone tried to register it; how to log in or reset. */
export function renderRegistrationExists(loginUrl: string, resetUrl: string, locale: EmailLocale) {
  return { subject: EXISTS[locale].subject, text: EXISTS[locale].lines(loginUrl, resetUrl).join("\n") }
}
