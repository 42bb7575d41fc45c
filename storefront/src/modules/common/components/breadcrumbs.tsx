import { useTranslations } from "next-intl"
import { Link, type AppHref } from "@/i18n/navigation"

export type Crumb = { label: string; href?: AppHref }

/** Home › parent › current; the last crumb is the current page, not a link. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const t = useTranslations("Breadcrumbs")
  const all: Crumb[] = [{ label: t("home"), href: "/" }, ...crumbs]
  return (
    <nav aria-label={t("label")} className="mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {all.map((crumb, i) => (
          <li key={`${crumb.label}-${i}`} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {crumb.href && i < all.length - 1 ? (
              <Link href={crumb.href} className="underline-offset-4 hover:text-maroon hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current={i === all.length - 1 ? "page" : undefined} className="text-ink">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
