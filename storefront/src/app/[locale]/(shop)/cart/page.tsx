import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { getCart } from "@/lib/data/cart"
import { variantStock } from "@/lib/data/stock"
import { lineLimit } from "@/lib/util/cart-limits"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cart")
  // A visitor's own cart: nothing for search engines.
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function CartPage() {
  const [cart, locale] = await Promise.all([getCart(), getLocale()])
  const ids = [...new Set((cart?.items ?? []).flatMap((i) => (i.variant_id ? [i.variant_id] : [])))]
  const stock = await variantStock(ids, locale)
  const limits = Object.fromEntries([...stock].map(([id, variant]) => [id, lineLimit(variant)]))
  return <CartTemplate cart={cart} limits={limits} />
}
