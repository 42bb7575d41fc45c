/** The link in an invitation email: the portal's invitation page with the token. */
export function inviteLink(storefrontUrl: string, pagePath: string, token: string): string {
  const url = new URL(pagePath, storefrontUrl)
  url.searchParams.set("token", token)
  return url.toString()
}

/** An invitation email's text, in Indonesian: greeting, what the invitation is for, the one-time link. */
export function inviteText(inviteUrl: string, about: string[], name?: string | null): string {
  return [
    name ? `Halo ${name},` : "Halo,",
    "",
    ...about,
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
}
