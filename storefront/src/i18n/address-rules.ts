import { VALUE_PATTERN, VIEW_PARAMS, viewSegmentTemplate, type ViewPage } from "../lib/util/catalog-view"
import { routing, type AppLocale, type AppPathname } from "./routing"

/**
 * The catalog pages everyone shares, reached by rules Next compiles once at
 * start (next.config.ts `rewrites`) instead of through the proxy: the proxy
 * runs per request, cached pages included, and next-intl's middleware sorted
 * and matched every localized pathname each time, which was most of the work
 * of answering a cached page. The proxy's matcher leaves exactly these
 * addresses out (src/proxy.ts, held to it by address-rules.test.ts); every
 * other page, and every server action, still goes through it.
 *
 * - /produk/x renders the internal /id/products/x, / the internal /id;
 * - a product or category asked with its view params (?variant=, ?page=)
 *   renders its view segment (lib/util/catalog-view.ts), the same one the
 *   proxy's viewPathname gives a server action posted to that address.
 *
 * Only pages that read no query are here: for a rewrite from next.config, Next
 * tells the client router the query is empty (x-nextjs-rewritten-query), so a
 * page that reads one, moved here, would show stale content on a client-side
 * navigation that changes only the query.
 */
export const CATALOG_PAGES = ["/", "/products/[handle]", "/categories/[handle]", "/cohorts/[handle]", "/impact"] as const satisfies readonly AppPathname[]

type Rewrite = {
  source: string
  destination: string
  has?: { type: "query"; key: string; value: string }[]
}

/** "/produk/[handle]" in Next's rule syntax: "/produk/:handle". */
const ruleSyntax = (template: string) => template.replace(/\[(\w+)\]/g, ":$1")
const prefix = (locale: AppLocale) => (locale === routing.defaultLocale ? "" : `/${locale}`)
const localized = (internal: AppPathname, locale: AppLocale): string => {
  const entry = routing.pathnames[internal]
  return typeof entry === "string" ? entry : entry[locale]
}

/** The address of a catalog page in `locale`, in Next's rule syntax: "/en/products/:handle", "/" for home. */
export function catalogAddress(internal: AppPathname, locale: AppLocale): string {
  const path = localized(internal, locale)
  return ruleSyntax(path === "/" ? prefix(locale) || "/" : `${prefix(locale)}${path}`)
}

const internalAddress = (internal: AppPathname, locale: AppLocale) => ruleSyntax(`/${locale}${internal === "/" ? "" : internal}`)

/** Every non-empty set of a view's params, the largest first (the canonical segment wins). */
function subsets(keys: readonly string[]): string[][] {
  const all = keys.reduce<string[][]>((sets, key) => sets.flatMap((set) => [set, [...set, key]]), [[]])
  return all.filter((set) => set.length).sort((a, b) => b.length - a.length)
}

function viewRewrites(internal: AppPathname, locale: AppLocale): Rewrite[] {
  const page = internal.split("/")[1] as ViewPage
  if (!(page in VIEW_PARAMS)) return []
  return subsets(VIEW_PARAMS[page]).map((keys) => ({
    source: catalogAddress(internal, locale),
    has: keys.map((key) => ({ type: "query" as const, key, value: `(?<${key}>${VALUE_PATTERN})` })),
    destination: `${internalAddress(internal, locale)}/${viewSegmentTemplate(page, keys)}`,
  }))
}

/**
 * next.config.ts's afterFiles rewrites: Next tries them once the address is
 * no file (a static chunk never meets them) and stops at the first that names
 * a page, so a page's views come before the page.
 */
export function catalogRewrites(): Rewrite[] {
  return routing.locales.flatMap((locale) =>
    CATALOG_PAGES.flatMap((internal) => {
      const source = catalogAddress(internal, locale)
      const destination = internalAddress(internal, locale)
      return [...viewRewrites(internal, locale), ...(source === destination ? [] : [{ source, destination }])]
    })
  )
}
