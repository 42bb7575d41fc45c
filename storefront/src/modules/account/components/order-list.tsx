import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderSummary } from "@/lib/types/order"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { formatRupiah } from "@/lib/util/money"

/** Orders as cards (a table would not fit a phone): number, date, status, total and a link to the details. */
export function OrderList({ orders }: { orders: OrderSummary[] }) {
  const t = useTranslations("Orders")
  const format = useFormatter()
  return (
    <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
      {orders.map((order) => (
        <li key={order.id} className="rounded-lg border border-line bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-sans text-lg font-semibold">{t("number", { number: order.displayId ?? "" })}</h3>
            <p className="text-sm text-muted">
              {t("placedOn", { date: format.dateTime(new Date(order.createdAt), { dateStyle: "long", timeZone: JAKARTA_TIME_ZONE }) })}
            </p>
          </div>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:flex sm:gap-8">
            <div>
              <dt className="text-muted">{t("status")}</dt>
              <dd className="font-semibold">{t(`statuses.${order.progress}`)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("total")}</dt>
              <dd className="font-semibold">{formatRupiah(order.total)}</dd>
            </div>
          </dl>
          <Link
            href={{ pathname: "/account/orders/[id]", params: { id: order.id } }}
            aria-label={t("detailsLabel", { number: order.displayId ?? "" })}
            className="mt-3 inline-block font-semibold text-maroon underline underline-offset-4"
          >
            {t("details")}
          </Link>
        </li>
      ))}
    </ul>
  )
}
