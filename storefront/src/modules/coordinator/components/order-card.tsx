import { useFormatter, useTranslations } from "next-intl"
import { markShipped } from "@/lib/data/coordinator/order-actions"
import type { CohortOrder } from "@/lib/types/coordinator"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { Field } from "@/modules/portal/components/field"
import { PackForm } from "./pack-form"

/** One order as the cohort sees it: its own lines, what is packed and shipped, and the next step. */
export function OrderCard({ order, cohortId }: { order: CohortOrder; cohortId: string }) {
  const t = useTranslations("CoordinatorOrders")
  const form = useTranslations("CoordinatorForm")
  const format = useFormatter()
  const lineTitle = (id: string) => {
    const line = order.lines.find((l) => l.id === id)
    return line ? `${line.title}${line.variantTitle ? ` · ${line.variantTitle}` : ""}` : id
  }
  const headingId = `order-${order.id}`
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {t("order", { number: order.displayId ?? order.id })}
        </h2>
        <p className="text-sm text-muted">
          {format.dateTime(new Date(order.placedAt), { dateStyle: "medium", timeStyle: "short", timeZone: JAKARTA_TIME_ZONE })}
          {order.customerName ? ` · ${order.customerName}` : ""}
          {order.city ? ` · ${order.city}` : ""}
          {order.shippingMethod ? ` · ${order.shippingMethod}` : ""}
        </p>
      </header>
      <ul className="grid gap-1 text-sm">
        {order.lines.map((line) => (
          <li key={line.id} className="flex flex-wrap justify-between gap-2">
            <span>
              {line.quantity} × {line.title}
              {line.variantTitle ? <span className="text-muted"> · {line.variantTitle}</span> : null}
              {line.batches.length ? (
                <span className="block text-xs text-muted">{t("fromBatches", { batches: line.batches.map((b) => `${b.code} (${b.quantity})`).join(", ") })}</span>
              ) : null}
            </span>
            <span className="text-muted">{t("lineProgress", { packed: line.packed, shipped: line.shipped, quantity: line.quantity })}</span>
          </li>
        ))}
      </ul>
      {order.fulfillments.length ? (
        <ul className="grid gap-2">
          {order.fulfillments.map((f) => (
            <li key={f.id} className="flex flex-col gap-2 rounded-md bg-sand p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-semibold">{f.shippedAt ? t("shipped") : t("packed")}</p>
                <p>{f.items.map((i) => `${i.quantity} × ${lineTitle(i.lineItemId)}`).join(", ")}</p>
                {f.carrier || f.trackingNumber ? <p>{t("tracking", { carrier: f.carrier ?? "—", number: f.trackingNumber ?? "—" })}</p> : null}
              </div>
              {f.shippedAt ? null : (
                <form action={markShipped} className="flex flex-col gap-2 sm:items-end">
                  <input type="hidden" name="order_id" value={order.id} />
                  <input type="hidden" name="fulfillment_id" value={f.id} />
                  {f.trackingNumber ? null : (
                    <div className="grid gap-2 sm:grid-cols-2">
                      <Field name="carrier" id={`ship-carrier-${f.id}`} label={form("fields.carrier")} optional />
                      <Field name="tracking_number" id={`ship-tracking-${f.id}`} label={form("fields.tracking_number")} optional autoComplete="off" />
                    </div>
                  )}
                  <button type="submit" className="rounded-md bg-leaf px-3 py-2 font-semibold text-white hover:opacity-90">
                    {t("markShipped")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {order.awaitingPayment ? (
        <p className="rounded-md bg-sand p-3 text-sm">{t("awaitingNote")}</p>
      ) : (
        <PackForm orderId={order.id} cohortId={cohortId} lines={order.lines} />
      )}
    </article>
  )
}
