import type { AppPathname } from "@/i18n/routing"
import type { FormState } from "@/lib/data/form-state"
import type { PortalAuth } from "@/lib/data/portal-auth"
import type { Messages } from "@/i18n/messages"

/** A portal's pages without an id in them: what its header and nav link to. */
type PortalPath = Exclude<Extract<AppPathname, `/coordinator${string}` | `/outlet${string}`>, `${string}[${string}`>

type NavWords = "CoordinatorNav" | "OutletNav"
type NavKey = { [N in NavWords]: `${N}.${keyof Messages[N] & string}` }[NavWords]

/** A portal login page's query: where to go after logging in, and why the person is here again. */
export type LoginParams = { next?: string; loggedOut?: string; expired?: string }

/** A server action of a portal form (login, invitation). */
export type PortalFormAction = (state: FormState, form: FormData) => Promise<FormState>

/**
 * What one portal (coordinator, outlet) hands the shared shell: its words,
 * routes, sections and server actions. The shell's header, nav, login page and
 * invitation page are the same for both; only this differs.
 */
export type Portal = {
  /** Message sections: header and nav, login page, invitation page, and a refused login or invitation. */
  words: {
    nav: NavWords
    login: "CoordinatorLogin" | "OutletLogin"
    invite: "CoordinatorInvite" | "OutletInvite"
    form: "CoordinatorForm" | "OutletForm"
  }
  home: PortalAuth["home"]
  loginPage: PortalAuth["loginPage"]
  /** The nav's sections; `exact` where the section's sub-pages belong to another one (the outlet's home). */
  sections: readonly { href: PortalPath; label: NavKey; exact?: boolean }[]
  login: PortalFormAction
  acceptInvitation: PortalFormAction
  logout: () => Promise<void>
}

/** Message sections a portal's login or invitation form needs: the fields' words are CoordinatorForm's in both portals, a refusal the portal's own. */
export function formSections(portal: Portal): Portal["words"]["form"][] {
  return portal.words.form === "CoordinatorForm" ? ["CoordinatorForm"] : ["CoordinatorForm", portal.words.form]
}
