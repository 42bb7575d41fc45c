import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { itemCount } from "@/lib/data/cart"
import { removeLine } from "@/lib/data/cart-actions"
import { MAX_LINE_QUANTITY } from "@/lib/util/cart-limits"
import { formatRupiah } from "@/lib/util/money"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { PendingPaymentNotice } from "@/modules/payment/components/pending-payment-notice"
import { CartChangedSignal } from "../components/cart-changed-signal"
import { CartTotals } from "../components/cart-totals"
import { LineQuantityForm } from "../components/line-quantity-form"

type Props = {
  cart: HttpTypes.StoreCart | null
  /** Most units each variant's line may hold, by variant id. */
  limits: Record<string, number>
}

export function CartTemplate({ cart, limits }: Props) {
  const t = useTranslations("Cart")
  const items = cart?.items ?? []
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <CartChangedSignal count={itemCount(cart)} />
      <PendingPaymentNotice cart={cart} />
      {!cart || !items.length ? (
        <div className="space-y-4 rounded-lg border border-line bg-white p-6">
          <p>{t("empty")}</p>
          <Link href="/" className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark">
            {t("emptyCta")}
          </Link>
        </div>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
          <ClientMessages sections={["Cart"]}>
            <ul aria-label={t("itemsLabel")} className="divide-y divide-line rounded-lg border border-line bg-white">
              {items.map((item) => {
                const name = item.variant_title ? `${item.product_title} (${item.variant_title})` : (item.product_title ?? item.title)
                return (
                  <li key={item.id} className="flex gap-4 p-4">
                    {item.thumbnail ? (
                      // eslint-disable-next-line @next/next/no-img-element
                      <img src={item.thumbnail} alt="" className="h-20 w-20 shrink-0 rounded-md border border-line object-cover" />
                    ) : null}
                    <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                      <div>
                        <h2 className="font-semibold">
                          {item.product_handle ? (
                            <Link
                              href={{ pathname: "/products/[handle]", params: { handle: item.product_handle } }}
                              className="underline-offset-4 hover:text-maroon hover:underline"
                            >
                              {item.product_title ?? item.title}
                            </Link>
                          ) : (
                            (item.product_title ?? item.title)
                          )}
                        </h2>
                        {item.variant_title ? <p className="text-sm text-muted">{item.variant_title}</p> : null}
                        <p className="text-sm tabular-nums">{t("unitPrice", { price: formatRupiah(item.unit_price) })}</p>
                      </div>
                      <div className="flex flex-col gap-2 sm:items-end">
                        <LineQuantityForm
                          lineId={item.id}
                          quantity={item.quantity}
                          max={item.variant_id ? (limits[item.variant_id] ?? MAX_LINE_QUANTITY) : MAX_LINE_QUANTITY}
                          product={name}
                        />
                        <p className="font-semibold tabular-nums">{formatRupiah(item.total ?? item.unit_price * item.quantity)}</p>
                        <form action={removeLine}>
                          <input type="hidden" name="line_id" value={item.id} />
                          <button type="submit" aria-label={t("removeLabel", { product: name })} className="text-sm text-maroon underline underline-offset-4">
                            {t("remove")}
                          </button>
                        </form>
                      </div>
                    </div>
                  </li>
                )
              })}
            </ul>
          </ClientMessages>
          <section aria-labelledby="cart-summary" className="h-fit space-y-4 rounded-lg border border-line bg-sand p-4">
            <h2 id="cart-summary" className="font-serif text-xl font-semibold">
              {t("summaryTitle")}
            </h2>
            <CartTotals cart={cart} />
            <Link href="/checkout" className="block rounded-md bg-maroon px-5 py-3 text-center font-semibold text-white hover:bg-maroon-dark">
              {t("checkout")}
            </Link>
            <Link href="/" className="block text-center text-sm text-maroon underline underline-offset-4">
              {t("continueShopping")}
            </Link>
          </section>
        </div>
      )}
    </div>
  )
}
