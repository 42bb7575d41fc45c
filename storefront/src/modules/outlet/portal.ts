import { acceptOutletInvitation, outletLogin, outletLogout } from "@/lib/data/outlet/actions"
import type { Portal } from "@/modules/portal/portal"

/** The outlet portal as the shared portal shell draws it. */
export const OUTLET_PORTAL: Portal = {
  words: { nav: "OutletNav", login: "OutletLogin", invite: "OutletInvite", form: "OutletForm" },
  home: "/outlet",
  loginPage: "/outlet/login",
  sections: [
    // The order page is the portal's home: its own address only, not every /outlet/… page.
    { href: "/outlet", label: "OutletNav.order", exact: true },
    { href: "/outlet/orders", label: "OutletNav.orders" },
    { href: "/outlet/consignment", label: "OutletNav.consignment" },
    { href: "/outlet/pickups", label: "OutletNav.pickups" },
  ],
  login: outletLogin,
  acceptInvitation: acceptOutletInvitation,
  logout: outletLogout,
}
