import type { ReactNode } from "react"
import type { Portal } from "../portal"
import { PortalHeader } from "../components/portal-header"

type Props = {
  portal: Portal
  signedIn: boolean
  /** Who is logged in, shown in the header (see PortalHeader). */
  identity?: ReactNode
  children: ReactNode
}

/**
 * A portal's own layout: no shop header or cart. Its sections appear once
 * someone is logged in; each page still checks the login itself (a layout
 * doesn't re-run on every navigation). Printed pages drop the header and the
 * cream background.
 */
export function PortalLayout({ portal, signedIn, identity, children }: Props) {
  return (
    <>
      <PortalHeader portal={portal} signedIn={signedIn} identity={identity} />
      <main id="main" tabIndex={-1} className="flex-1 bg-cream focus:outline-none print:bg-white">
        {children}
      </main>
    </>
  )
}
