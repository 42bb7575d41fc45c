import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

// Next 16 calls this file proxy.ts (formerly middleware.ts): it negotiates the
// locale, rewrites /produk/x to the internal /id/products/x and redirects /id/… to /….
export default createMiddleware(routing)

export const config = {
  // Everything but the API, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
