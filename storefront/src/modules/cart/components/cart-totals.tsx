import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { formatRupiah } from "@/lib/util/money"

/** Items subtotal, shipping (once chosen) and total of a cart. */
export function CartTotals({ cart }: { cart: HttpTypes.StoreCart }) {
  const t = useTranslations("Cart")
  const shipping = cart.shipping_methods?.length ? formatRupiah(cart.shipping_total) : t("shippingLater")
  return (
    <dl className="space-y-2 tabular-nums">
      <div className="flex justify-between gap-4">
        <dt>{t("subtotal")}</dt>
        <dd>{formatRupiah(cart.item_total)}</dd>
      </div>
      <div className="flex justify-between gap-4">
        <dt>{t("shipping")}</dt>
        <dd>{shipping}</dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-line pt-2 text-lg font-bold">
        <dt>{t("total")}</dt>
        <dd>{formatRupiah(cart.total)}</dd>
      </div>
      <p className="text-xs text-muted">{t("taxNote")}</p>
    </dl>
  )
}
