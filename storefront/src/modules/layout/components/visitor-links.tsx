"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import type { Visitor } from "@/lib/data/visitor"
import { onCartChange } from "@/modules/cart/cart-changed"

/** The visitor's state, asked again after each navigation and each cart change; null until known. */
function useVisitor(): Visitor | null {
  const pathname = usePathname()
  const [visitor, setVisitor] = useState<Visitor | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    const load = () =>
      fetch("/api/visitor", { cache: "no-store", signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<Visitor>) : null))
        .then((next) => next && setVisitor(next))
        // A failed read keeps what the header showed: the links work without it.
        .catch(() => undefined)
    void load()
    const unsubscribe = onCartChange(() => void load())
    return () => {
      unsubscribe()
      controller.abort()
    }
  }, [pathname])
  return visitor
}

/**
 * "Masuk" or "Akun saya", and the cart with its count: the only per-visitor
 * part of a catalog page, filled in by the browser. Without JavaScript the
 * links still lead to the login (which forwards a logged-in visitor) and the cart.
 */
export function VisitorLinks() {
  const account = useTranslations("AccountLink")
  const cart = useTranslations("Cart")
  const visitor = useVisitor()
  const count = visitor?.cartCount ?? null
  return (
    <>
      <Link
        href={visitor?.loggedIn ? "/account" : "/account/login"}
        className="whitespace-nowrap rounded-full px-3 py-1.5 text-sm font-semibold text-maroon underline-offset-4 hover:underline"
      >
        {visitor?.loggedIn ? account("account") : account("login")}
      </Link>
      <Link
        href="/cart"
        aria-label={count === null ? cart("headerText") : cart("headerLink", { count })}
        className="relative inline-flex items-center gap-2 whitespace-nowrap rounded-full border border-maroon px-3 py-1.5 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M5 8h14l-1.5 11h-11z" strokeLinejoin="round" />
          <path d="M9 8V6a3 3 0 0 1 6 0v2" />
        </svg>
        <span>{cart("headerText")}</span>
        {count ? (
          <span aria-hidden="true" className="min-w-6 rounded-full bg-maroon px-1.5 text-center text-xs leading-6 text-white">
            {count}
          </span>
        ) : null}
      </Link>
    </>
  )
}
