"use client"

import { Link, usePathname } from "@/i18n/navigation"
import type { Portal } from "../portal"

type Section = { href: Portal["sections"][number]["href"]; label: string; exact?: boolean }

/** A portal's sections; the current one (or its sub-page) is marked for screen readers too. */
export function PortalNav({ label, sections }: { label: string; sections: readonly Section[] }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="border-t border-line bg-sand">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1">
        {sections.map(({ href, label, exact }) => {
          const current = pathname === href || (!exact && pathname.startsWith(`${href}/`))
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 hover:bg-cream hover:text-maroon ${current ? "bg-cream font-semibold text-maroon" : ""}`}
              >
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
