"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { updateLineQuantity } from "@/lib/data/cart-actions"
import type { LineUpdateState } from "@/lib/types/cart"
import { CartErrorText } from "./cart-error-text"

type Props = { lineId: string; quantity: number; max: number; product: string }

const INITIAL: LineUpdateState = { status: "idle" }

/** A line's quantity with its own "Ubah" button; the refusal sits under the field. */
export function LineQuantityForm({ lineId, quantity, max, product }: Props) {
  const t = useTranslations("Cart")
  const [state, action, pending] = useActionState(updateLineQuantity, INITIAL)
  const id = `quantity-${lineId}`
  const error = state.status === "error" ? state.error : null
  return (
    <form action={action} noValidate className="space-y-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("quantityFor", { product })}
        </label>
        <input
          // Remounted with the server's quantity after each change, or with what was refused.
          key={error ? `refused-${state.status === "error" ? state.attempted : ""}` : quantity}
          id={id}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          defaultValue={state.status === "error" ? state.attempted : quantity}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`w-20 rounded-md border-2 bg-white px-2 py-1.5 ${error ? "border-red-700" : "border-line"}`}
        />
        <button
          type="submit"
          disabled={pending}
          aria-label={t("updateLabel", { product })}
          className="rounded-md border-2 border-maroon px-3 py-1.5 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white disabled:opacity-60"
        >
          {t("update")}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-semibold text-red-800">
          <CartErrorText error={error} />
        </p>
      ) : null}
    </form>
  )
}
