"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

const SECTIONS = [
  ["/coordinator/products", "products"],
  ["/coordinator/batches", "batches"],
  ["/coordinator/participants", "participants"],
  ["/coordinator/orders", "orders"],
  ["/coordinator/earnings", "earnings"],
  ["/coordinator/statements", "statements"],
] as const

/** The portal's sections; the current one (or its sub-page) is marked for screen readers too. */
export function PortalNav() {
  const t = useTranslations("CoordinatorNav")
  const pathname = usePathname()
  return (
    <nav aria-label={t("label")} className="border-t border-line bg-sand">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1">
        {SECTIONS.map(([href, key]) => {
          const current = pathname === href || pathname.startsWith(`${href}/`)
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 hover:bg-cream hover:text-maroon ${current ? "bg-cream font-semibold text-maroon" : ""}`}
              >
                {t(key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
