import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCategories } from "@/lib/data/categories"
import type { Category } from "@/lib/types/category"
import { SearchForm } from "@/modules/search/components/search-form"
import { LocaleSwitch } from "./locale-switch"
import { MainNav } from "./main-nav"
import { VisitorLinks } from "./visitor-links"
import { VisitorMessages } from "./visitor-messages"

// The header must render even when the backend hiccups, so the error page
// below it still has navigation: a failed category read only hides those links.
async function navCategories(): Promise<Category[]> {
  try {
    return await listCategories(await getLocale())
  } catch (error) {
    console.error("Header categories unavailable:", error)
    return []
  }
}

/** The same for every visitor, so catalog pages can be cached whole; the visitor's links fill in in the browser. */
export async function SiteHeader() {
  const t = await getTranslations("Layout")
  const categories = await navCategories()
  return (
    <header className="border-b border-line bg-cream">
      <div className="batik-kawung h-3" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="mr-auto flex flex-col leading-tight" aria-label={t("homeLink")}>
          <span className="font-serif text-2xl font-bold text-maroon">Karya Binaan</span>
          <span className="text-xs text-muted">{t("tagline")}</span>
        </Link>
        {/* On a phone the three may not fit one line (English, logged in, a cart): they wrap whole, never inside a pill. */}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <LocaleSwitch label={t("switchLanguage")} description={t("switchLanguageLabel")} />
          <VisitorMessages>
            <VisitorLinks />
          </VisitorMessages>
        </div>
        <SearchForm className="order-last w-full md:order-none md:w-72" />
      </div>
      <MainNav categories={categories} />
    </header>
  )
}
