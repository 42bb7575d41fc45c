import { createNavigation } from "next-intl/navigation"
import type { ComponentProps } from "react"
import { routing } from "./routing"

// Locale-aware wrappers: <Link href={{ pathname: "/products/[handle]", params }}> renders /produk/… or /en/products/….
export const { Link, getPathname, redirect, usePathname, useRouter } = createNavigation(routing)

/** What a Link accepts: an internal pathname with its params, query and hash. */
export type AppHref = ComponentProps<typeof Link>["href"]
