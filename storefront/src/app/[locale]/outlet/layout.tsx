import type { ReactNode } from "react"
import { getOutletSession } from "@/lib/data/outlet/session"
import { OUTLET_PORTAL } from "@/modules/outlet/portal"
import { PortalLayout } from "@/modules/portal/templates/portal-layout"

/** The outlet portal: the portal shell, with the buyer's outlet named in its header. */
export default async function OutletLayout({ children }: { children: ReactNode }) {
  const session = await getOutletSession()
  return (
    <PortalLayout
      portal={OUTLET_PORTAL}
      signedIn={session !== null}
      identity={session ? <span className="text-sm font-semibold">{session.outlet.name}</span> : null}
    >
      {children}
    </PortalLayout>
  )
}
