export const OUTLET_INVITE_TEMPLATE = "outlet-invite"

/** The storefront page that accepts a buyer's invitation (outlet portal, /outlet). */
export function outletInviteUrl(storefrontUrl: string, token: string): string {
  const url = new URL("/outlet/undangan", storefrontUrl)
  url.searchParams.set("token", token)
  return url.toString()
}

/** The invitation email, in Indonesian, as plain text. */
export function renderOutletInvite(inviteUrl: string, outletName: string, name?: string | null) {
  const text = [
    name ? `Halo ${name},` : "Halo,",
    "",
    `Anda diundang menjadi pembeli untuk ${outletName} di portal outlet Karya Binaan:`,
    "memesan stok dengan harga grosir, per karton, dibayar dengan faktur.",
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
  return { subject: `Undangan pembeli outlet – ${outletName}`, text }
}
