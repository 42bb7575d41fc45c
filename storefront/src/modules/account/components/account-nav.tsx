import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { logout } from "@/lib/data/auth-actions"

export type AccountSection = "/account" | "/account/profile" | "/account/addresses" | "/account/orders"

const SECTIONS = [
  ["/account", "overview"],
  ["/account/profile", "profile"],
  ["/account/addresses", "addresses"],
  ["/account/orders", "orders"],
] as const

/** The account's sections: a row that scrolls sideways on phones, a column beside the page on wider screens. */
export function AccountNav({ current }: { current: AccountSection }) {
  const t = useTranslations("Account")
  const item = "block whitespace-nowrap rounded-md px-3 py-2 hover:bg-sand hover:text-maroon"
  return (
    <nav aria-label={t("navLabel")} className="md:w-52 md:shrink-0">
      <ul className="-mx-1 flex gap-1 overflow-x-auto pb-2 md:mx-0 md:flex-col md:overflow-visible">
        {SECTIONS.map(([href, key]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={href === current ? "page" : undefined}
              className={`${item} ${href === current ? "bg-sand font-semibold text-maroon" : ""}`}
            >
              {t(key)}
            </Link>
          </li>
        ))}
        <li className="md:mt-4 md:border-t md:border-line md:pt-4">
          <form action={logout}>
            <button type="submit" className={`${item} w-full text-left underline underline-offset-4`}>
              {t("logout")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
