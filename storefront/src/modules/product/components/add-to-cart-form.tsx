"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart } from "@/lib/data/cart-actions"
import type { AddToCartState } from "@/lib/types/cart"
import { announceCartChange } from "@/modules/cart/cart-changed"
import { CartErrorText } from "@/modules/cart/components/cart-error-text"

type Props = {
  variantId: string
  /** Most units the shopper may pick (stock, or the per-line cap); 0 when sold out. */
  max: number
}

const INITIAL: AddToCartState = { status: "idle" }

/**
 * Quantity and "Tambah ke keranjang" for the chosen variant. A server action
 * with useActionState: it works as a plain form post without JavaScript, and
 * the server re-checks stock, so the field's limit is a hint, not the guard.
 */
export function AddToCartForm({ variantId, max }: Props) {
  const t = useTranslations("AddToCart")
  const [state, action, pending] = useActionState(addToCart, INITIAL)
  // The page is the same for everyone; the header's count is asked for again.
  useEffect(() => {
    if (state.status === "added") announceCartChange()
  }, [state])
  if (max === 0) return <p className="font-semibold text-maroon">{t("soldOut")}</p>
  const error = state.status === "error" ? state.error : null
  const describedBy = ["quantity-hint", error ? "quantity-error" : ""].filter(Boolean).join(" ")
  return (
    // noValidate: the server's message says why a quantity is refused, in words the browser's can't.
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="variant_id" value={variantId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="quantity" className="text-sm font-semibold">
            {t("quantity")}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            defaultValue={1}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className={`w-24 rounded-md border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-line"}`}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="flex-1 rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark disabled:opacity-60 sm:flex-none"
        >
          {pending ? t("pending") : t("submit")}
        </button>
      </div>
      <p id="quantity-hint" className="text-xs text-muted">
        {t("maxHint", { count: max })}
      </p>
      <div>
        {error ? (
          <p id="quantity-error" role="alert" className="text-sm font-semibold text-red-800">
            <CartErrorText error={error} />
          </p>
        ) : null}
        {state.status === "added" ? (
          <p role="status" className="text-sm font-semibold text-leaf">
            {t("added", { count: state.quantity })}{" "}
            <Link href="/cart" className="text-maroon underline underline-offset-4">
              {t("viewCart")}
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  )
}
