import type { ReactNode } from "react"
import { activeCohort, getCoordinator } from "@/lib/data/coordinator/session"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { PortalHeader } from "@/modules/coordinator/components/portal-header"

/**
 * The coordinator portal's own layout: no shop header or cart. Its sections
 * appear once a coordinator is logged in; each page still checks the login
 * itself (a layout doesn't re-run on every navigation).
 */
export default async function CoordinatorLayout({ children }: { children: ReactNode }) {
  const coordinator = await getCoordinator()
  const cohort = coordinator ? await activeCohort(coordinator) : null
  return (
    <>
      <ClientMessages sections={["CoordinatorNav"]}>
        <PortalHeader coordinator={coordinator} cohort={cohort} />
      </ClientMessages>
      <main id="main" tabIndex={-1} className="flex-1 bg-cream focus:outline-none">
        {children}
      </main>
    </>
  )
}
