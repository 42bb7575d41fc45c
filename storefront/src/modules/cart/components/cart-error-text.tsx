"use client"

import { useTranslations } from "next-intl"
import type { CartError } from "@/lib/types/cart"

/** A cart refusal in the shopper's language (needs the "Cart" messages). */
export function CartErrorText({ error }: { error: CartError }) {
  const t = useTranslations("Cart.errors")
  return <>{t(error.key, error.values ?? {})}</>
}
