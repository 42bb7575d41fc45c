import type { ReactNode } from "react"
import { getOutletSession } from "@/lib/data/outlet/session"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { OutletHeader } from "@/modules/outlet/components/portal-header"

/**
 * The outlet portal's own layout: no shop header or cart. Each page still
 * checks the login itself (a layout doesn't re-run on every navigation).
 */
export default async function OutletLayout({ children }: { children: ReactNode }) {
  const session = await getOutletSession()
  return (
    <>
      <ClientMessages sections={["OutletNav"]}>
        <OutletHeader session={session} />
      </ClientMessages>
      <main id="main" tabIndex={-1} className="flex-1 bg-cream focus:outline-none print:bg-white">
        {children}
      </main>
    </>
  )
}
