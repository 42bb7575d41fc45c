import { inviteLink, inviteText } from "./invite-email"

export const COORDINATOR_INVITE_TEMPLATE = "coordinator-invite"

/** The storefront page that accepts an invitation (portal, /koordinator). */
export const coordinatorInviteUrl = (storefrontUrl: string, token: string) => inviteLink(storefrontUrl, "/koordinator/undangan", token)

/** The invitation email, in Indonesian, as plain text. */
export function renderCoordinatorInvite(inviteUrl: string, cohortNames: string[], name?: string | null) {
  const about = ["Anda diundang menjadi koordinator di Karya Binaan untuk kohort berikut:", ...cohortNames.map((n) => `  - ${n}`)]
  return { subject: "Undangan koordinator – Karya Binaan", text: inviteText(inviteUrl, about, name) }
}
