import { acceptInvitation, coordinatorLogin, coordinatorLogout } from "@/lib/data/coordinator/auth-actions"
import type { Portal } from "@/modules/portal/portal"

/** The coordinator portal as the shared portal shell draws it. */
export const COORDINATOR_PORTAL: Portal = {
  words: { nav: "CoordinatorNav", login: "CoordinatorLogin", invite: "CoordinatorInvite", form: "CoordinatorForm" },
  home: "/coordinator",
  loginPage: "/coordinator/login",
  sections: [
    { href: "/coordinator/products", label: "CoordinatorNav.products" },
    { href: "/coordinator/batches", label: "CoordinatorNav.batches" },
    { href: "/coordinator/participants", label: "CoordinatorNav.participants" },
    { href: "/coordinator/orders", label: "CoordinatorNav.orders" },
    { href: "/coordinator/earnings", label: "CoordinatorNav.earnings" },
    { href: "/coordinator/statements", label: "CoordinatorNav.statements" },
    { href: "/coordinator/trainings", label: "CoordinatorNav.trainings" },
    { href: "/coordinator/impact", label: "CoordinatorNav.impact" },
    { href: "/coordinator/notes", label: "CoordinatorNav.notes" },
  ],
  login: coordinatorLogin,
  acceptInvitation,
  logout: coordinatorLogout,
}
