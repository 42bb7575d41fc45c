export const COORDINATOR_INVITE_TEMPLATE = "coordinator-invite"

/** The storefront page that accepts an invitation (portal, /koordinator). */
export function coordinatorInviteUrl(storefrontUrl: string, token: string): string {
  const url = new URL("/koordinator/undangan", storefrontUrl)
  url.searchParams.set("token", token)
  return url.toString()
}

/** The invitation email, in Indonesian, as plain text. */
export function renderCoordinatorInvite(inviteUrl: string, cohortNames: string[], name?: string | null) {
  const text = [
    name ? `Halo ${name},` : "Halo,",
    "",
    "Anda diundang menjadi koordinator di Karya Binaan untuk kohort berikut:",
    ...cohortNames.map((n) => `  - ${n}`),
    "",
    "Buka tautan berikut untuk membuat akun dan kata sandi (berlaku 7 hari, hanya sekali pakai):",
    "",
    inviteUrl,
    "",
    "Jika Anda tidak mengharapkan undangan ini, abaikan email ini.",
    "",
    "Salam hangat,",
    "Tim Karya Binaan",
  ].join("\n")
  return { subject: "Undangan koordinator – Karya Binaan", text }
}
