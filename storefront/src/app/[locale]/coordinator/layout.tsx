import type { ReactNode } from "react"
import { activeCohort, getCoordinator } from "@/lib/data/coordinator/session"
import { CohortSwitcher } from "@/modules/coordinator/components/cohort-switcher"
import { COORDINATOR_PORTAL } from "@/modules/coordinator/portal"
import { PortalLayout } from "@/modules/portal/templates/portal-layout"

/** The coordinator portal: the portal shell, with the coordinator's cohort (and the switch between theirs) in its header. */
export default async function CoordinatorLayout({ children }: { children: ReactNode }) {
  const coordinator = await getCoordinator()
  const cohort = coordinator ? await activeCohort(coordinator) : null
  return (
    <PortalLayout
      portal={COORDINATOR_PORTAL}
      signedIn={coordinator !== null}
      identity={coordinator ? <CohortSwitcher cohorts={coordinator.cohorts} active={cohort} /> : null}
    >
      {children}
    </PortalLayout>
  )
}
