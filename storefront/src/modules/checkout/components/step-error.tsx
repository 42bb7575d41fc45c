"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CheckoutError } from "@/lib/types/checkout"

const STOCK_KEYS: ReadonlySet<CheckoutError["key"]> = new Set(["stock", "stockLeft", "stockUnnamed", "cartGone"])

/** A step's refusal, announced when it appears; stock problems offer the way back to the cart. */
export function StepError({ error, id }: { error: CheckoutError | undefined; id?: string }) {
  const t = useTranslations("Checkout")
  if (!error) return null
  return (
    <div id={id} role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 text-sm font-semibold text-red-800">
      <p>{t(`errors.${error.key}`, error.values ?? {})}</p>
      {STOCK_KEYS.has(error.key) ? (
        <Link href="/cart" className="mt-2 inline-block text-maroon underline underline-offset-4">
          {t("backToCart")}
        </Link>
      ) : null}
    </div>
  )
}
