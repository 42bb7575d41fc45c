import { useTranslations } from "next-intl"
import type { ShopOrder } from "@/lib/types/order"
import { formatRupiah } from "@/lib/util/money"
import { isOwnKind, paymentKind } from "@/lib/util/payment-options"
import { PickupOutletCard } from "@/modules/pickup/pickup-outlet-card"
import { PayAtOutletDue } from "@/modules/pickup/pay-at-outlet-due"
import { provinceLabel } from "@/lib/util/provinces"

type Props = {
  order: ShopOrder
  /** Prefix for heading ids, when a page shows more than one order. */
  idPrefix?: string
}

/**
 * One order as a shopper reads it: items, costs, where it goes and whether it
 * is paid. Used on the confirmation page, in the account's order history and
 * by the guest order lookup (lib/data/orders).
 */
export function OrderDetails({ order, idPrefix = "order" }: Props) {
  const t = useTranslations("Order")
  const { shippingMethod: method, pickup, shippingAddress: address, paymentProvider: provider } = order
  const gateway = useTranslations("PaymentMethods")
  // Any provider this shop has no name for was a manual one: it reads as bank transfer, as before.
  const kind = provider ? (paymentKind(provider) ?? "bank_transfer") : null
  const heading = "mb-3 font-serif text-xl font-semibold"
  return (
    <div className="space-y-6">
      <section aria-labelledby={`${idPrefix}-items`} className="rounded-lg border border-line bg-white p-4">
        <h2 id={`${idPrefix}-items`} className={heading}>
          {t("itemsTitle")}
        </h2>
        <ul className="divide-y divide-line">
          {order.lines.map((item) => (
            <li key={item.id} className="flex gap-3 py-3">
              {item.thumbnail ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={item.thumbnail} alt="" className="h-16 w-16 shrink-0 rounded-md border border-line object-cover" />
              ) : null}
              <div className="flex-1">
                <p className="font-semibold">{item.title}</p>
                {item.variantTitle ? <p className="text-sm text-muted">{item.variantTitle}</p> : null}
                <p className="text-sm tabular-nums">{t("quantityTimes", { quantity: item.quantity, price: formatRupiah(item.unitPrice) })}</p>
              </div>
              <p className="font-semibold tabular-nums">{formatRupiah(item.total)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${idPrefix}-totals`} className="rounded-lg border border-line bg-white p-4">
        <h2 id={`${idPrefix}-totals`} className={heading}>
          {t("totalsTitle")}
        </h2>
        <dl className="space-y-2 tabular-nums">
          <Row term={t("itemsTotal")} detail={formatRupiah(order.itemTotal)} />
          <Row term={method ? `${t("shipping")} (${method})` : t("shipping")} detail={formatRupiah(order.shippingTotal)} />
          {order.discountTotal > 0 ? <Row term={t("discount")} detail={`−${formatRupiah(order.discountTotal)}`} /> : null}
          <Row term={t("total")} detail={formatRupiah(order.total)} strong />
        </dl>
        <p className="mt-2 text-xs text-muted">{t("taxNote")}</p>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby={`${idPrefix}-delivery`} className="rounded-lg border border-line bg-white p-4">
          <h2 id={`${idPrefix}-delivery`} className={heading}>
            {t("deliveryTitle")}
          </h2>
          {method ? <p className="font-semibold">{method}</p> : null}
          {pickup ? (
            <>
              {order.pickupOutlet ? (
                <div className="mt-2">
                  <PickupOutletCard outlet={order.pickupOutlet} />
                </div>
              ) : null}
              <p className="mt-1 text-sm">{t("pickupNote")}</p>
            </>
          ) : address ? (
            <>
              <p className="mt-2 text-sm font-semibold text-muted">{t("shipTo")}</p>
              <address className="text-sm not-italic">
                {[address.first_name, address.last_name].filter(Boolean).join(" ")}
                <br />
                {address.address_1}
                {address.address_2 ? (
                  <>
                    <br />
                    {address.address_2}
                  </>
                ) : null}
                <br />
                {[address.city, provinceLabel(address.province), address.postal_code].filter(Boolean).join(", ")}
                {address.phone ? (
                  <>
                    <br />
                    {address.phone}
                  </>
                ) : null}
              </address>
            </>
          ) : null}
        </section>

        <section aria-labelledby={`${idPrefix}-payment`} className="rounded-lg border border-line bg-white p-4">
          <h2 id={`${idPrefix}-payment`} className={heading}>
            {t("paymentTitle")}
          </h2>
          {kind ? <p>{isOwnKind(kind) ? t(`paymentMethod.${kind}`) : gateway(kind)}</p> : null}
          <p className="mt-1 font-semibold text-maroon">{t(`paymentStatus.${order.paymentState}`)}</p>
          {order.paymentState === "pay_at_outlet" ? <PayAtOutletDue amount={order.total} placedAt={order.createdAt} /> : null}
        </section>
      </div>
    </div>
  )
}

function Row({ term, detail, strong = false }: { term: string; detail: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? "border-t border-line pt-2 text-lg font-bold" : ""}`}>
      <dt>{term}</dt>
      <dd>{detail}</dd>
    </div>
  )
}
