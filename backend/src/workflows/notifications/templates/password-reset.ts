export const PASSWORD_RESET_TEMPLATE = "password-reset"

/** The storefront's reset page (storefront/src/i18n/routing.ts). */
export const PASSWORD_RESET_PATH = "/akun/atur-ulang-sandi"

/** The reset link: the storefront's reset page with the token and the email. */
export function passwordResetUrl(storefrontUrl: string, token: string, email: string): string {
  const url = new URL(PASSWORD_RESET_PATH, storefrontUrl)
  url.searchParams.set("token", token)
  url.searchParams.set("email", email)
  return url.toString()
}

/** The password-reset email, in Indonesian, as plain text. */
export function renderPasswordReset(resetUrl: string) {
  const text = [
    "Halo,",
    "",
    "Kami menerima permintaan untuk mengatur ulang kata sandi akun Karya Binaan Anda.",
    "Buka tautan berikut untuk membuat kata sandi baru (berlaku 15 menit, hanya sekali pakai):",
    "",
    resetUrl,
    "",
    "Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.",
    "",
    "Salam hangat,",
    "Tim Karya Binaan",
  ].join("\n")
  return { subject: "Atur ulang kata sandi – Karya Binaan", text }
}
