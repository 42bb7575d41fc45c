import { inviteLink, inviteText } from "./invite-email"

export const OUTLET_INVITE_TEMPLATE = "outlet-invite"

/** The storefront page that accepts a buyer's invitation (outlet portal, /outlet). */
export const outletInviteUrl = (storefrontUrl: string, token: string) => inviteLink(storefrontUrl, "/outlet/undangan", token)

/** The invitation email, in Indonesian, as plain text. */
export function renderOutletInvite(inviteUrl: string, outletName: string, name?: string | null) {
  const about = [
    `Anda diundang menjadi pembeli untuk ${outletName} di portal outlet Karya Binaan:`,
    "memesan stok dengan harga grosir, per karton, dibayar dengan faktur.",
  ]
  return { subject: `Undangan pembeli outlet – ${outletName}`, text: inviteText(inviteUrl, about, name) }
}
