import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { searchResultsPathname, viewPathname } from "./lib/util/catalog-view"

// Next 16 calls this file proxy.ts (formerly middleware.ts): it negotiates the
// locale, rewrites /keranjang to the internal /id/cart and redirects /id/… to /….
// The shared catalog pages skip it: Next's own rules route them (i18n/address-rules.ts).
const intl = createMiddleware(routing)

/**
 * next-intl's routing, then one more step for cached catalog pages: a product
 * or category asked with ?variant=, ?page= and the like is rendered from its
 * view segment (see lib/util/catalog-view.ts), so the page never reads the
 * query; a search with ?q= goes to its results page, rendered per request.
 */
export default function proxy(request: NextRequest): NextResponse {
  const response = intl(request)
  if (response.headers.has("location")) return response
  const internal = new URL(response.headers.get("x-middleware-rewrite") ?? request.url, request.url)
  const query = request.nextUrl.searchParams
  const target = viewPathname(internal.pathname, query) ?? searchResultsPathname(internal.pathname, query)
  if (!target) return response
  internal.pathname = target
  // next-intl answered either a rewrite or a pass-through; both become a rewrite
  // that keeps what it set (the locale request header, Link and Set-Cookie).
  const rewritten = NextResponse.rewrite(internal, { headers: response.headers })
  rewritten.headers.delete("x-middleware-next")
  return rewritten
}

export const config = {
  matcher: [
    // Every page but the API, Next internals, files with an extension and each
    // language's own address of a catalog page (CATALOG_PAGES in i18n/address-rules.ts).
    "/((?!api|_next|_vercel|.*\\..*|$|en$|produk/[^/]+$|kategori/[^/]+$|kohort/[^/]+$|dampak$|en/products/[^/]+$|en/categories/[^/]+$|en/cohorts/[^/]+$|en/impact$).*)",
    // Server actions, the catalog pages' included (add to cart): the action's
    // request needs the locale next-intl puts on it.
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
  ],
}
