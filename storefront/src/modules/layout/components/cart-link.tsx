import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getCart, itemCount } from "@/lib/data/cart"

// Like the header's categories, a failed cart read must not take the page down:
// the link stays, only the count goes.
async function countOrNull(): Promise<number | null> {
  try {
    return itemCount(await getCart())
  } catch (error) {
    console.error("Header cart unavailable:", error)
    return null
  }
}

/** The header's way to the cart, with the number of units in it. */
export async function CartLink() {
  const t = await getTranslations("Cart")
  const count = await countOrNull()
  return (
    <Link
      href="/cart"
      aria-label={count === null ? t("headerText") : t("headerLink", { count })}
      className="relative inline-flex items-center gap-2 rounded-full border border-maroon px-3 py-1.5 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M5 8h14l-1.5 11h-11z" strokeLinejoin="round" />
        <path d="M9 8V6a3 3 0 0 1 6 0v2" />
      </svg>
      <span>{t("headerText")}</span>
      {count ? (
        <span aria-hidden="true" className="min-w-6 rounded-full bg-maroon px-1.5 text-center text-xs leading-6 text-white">
          {count}
        </span>
      ) : null}
    </Link>
  )
}
