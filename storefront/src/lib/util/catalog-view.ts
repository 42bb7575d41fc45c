import type { SearchParams } from "./catalog-params"

/**
 * Catalog pages are rendered once and cached for everyone, so they cannot read
 * the query string (reading it makes Next render every request). Instead the
 * few query params a catalog page understands are folded into one extra path
 * segment, the page's view (`/produk/x?variant=v&image=2` renders the internal
 * `/id/products/x/image~2~variant~v`), and each view is cached on its own. The
 * address bar keeps the query; only the internal route changes. Next's router
 * does it for a page's visits (i18n/address-rules.ts, from viewSegmentTemplate),
 * the proxy for the server actions posted to it (viewPathname).
 */
export const VIEW_PARAMS = {
  products: ["image", "variant"],
  categories: ["page", "sort"],
} as const

export type ViewPage = keyof typeof VIEW_PARAMS

// Ids, page numbers and sort keys. Anything else is left out, so a view is
// always canonical and junk values cannot fill the cache with copies.
export const VALUE_PATTERN = "[\\w-]{1,64}"
const VALUE = new RegExp(`^${VALUE_PATTERN}$`)
const SEPARATOR = "~"
const INTERNAL_PATH = /^\/([a-z]{2})\/(products|categories)\/([^/]+)\/?$/

/** The view segment for these params (keys in a fixed order), or null when none applies. */
export function viewSegment(page: ViewPage, search: URLSearchParams): string | null {
  const parts: string[] = []
  for (const key of VIEW_PARAMS[page]) {
    const value = search.get(key)
    if (value && VALUE.test(value)) parts.push(key, value)
  }
  return parts.length ? parts.join(SEPARATOR) : null
}

/** The view segment for these keys as a rule's template: "image~:image~variant~:variant". */
export function viewSegmentTemplate(page: ViewPage, keys: readonly string[]): string {
  return VIEW_PARAMS[page]
    .filter((key) => keys.includes(key))
    .map((key) => `${key}${SEPARATOR}:${key}`)
    .join(SEPARATOR)
}

/** The internal path with its view segment for a catalog page asked with view params, or null. */
export function viewPathname(internalPathname: string, search: URLSearchParams): string | null {
  const match = INTERNAL_PATH.exec(internalPathname)
  if (!match) return null
  const [, locale, page, handle] = match
  const segment = viewSegment(page as ViewPage, search)
  return segment ? `/${locale}/${page}/${handle}/${segment}` : null
}

const SEARCH_PATH = /^\/([a-z]{2})\/search\/?$/

/**
 * The search page with a query: its results, rendered per request (queries are
 * endless, so they are not cached); without one the cached landing page answers.
 */
export function searchResultsPathname(internalPathname: string, search: URLSearchParams): string | null {
  const match = SEARCH_PATH.exec(internalPathname)
  return match && search.get("q")?.trim() ? `/${match[1]}/search/results` : null
}

/**
 * The search params a page's view segment stands for: none for the plain page,
 * null for a segment that is never produced (the page answers 404).
 */
export function viewSearchParams(page: ViewPage, view: string[] | undefined): SearchParams | null {
  if (!view?.length) return {}
  const [segment] = view
  if (view.length > 1 || !segment) return null
  const parts = decodeURIComponent(segment).split(SEPARATOR)
  const search = new URLSearchParams()
  for (let i = 0; i + 1 < parts.length; i += 2) search.set(parts[i] ?? "", parts[i + 1] ?? "")
  if (viewSegment(page, search) !== parts.join(SEPARATOR)) return null
  return Object.fromEntries(search)
}
