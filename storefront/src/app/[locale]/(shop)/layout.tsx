import type { ReactNode } from "react"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

/** Every shop page: the header with search and cart, the page, the footer. */
export default function ShopLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  )
}
