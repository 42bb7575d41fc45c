import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { monthOrCurrent, shiftMonth } from "@/lib/data/coordinator/payout-period"
import { getEarnings } from "@/lib/data/coordinator/payouts"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { formatRupiah } from "@/lib/util/money"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ month?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/earnings", (await getTranslations("CoordinatorEarnings"))("title"))
}

/** The cohort's revenue shares for one Jakarta month: per participant, per bucket, per order. */
export default async function EarningsPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/earnings")
  const month = monthOrCurrent((await searchParams).month)
  const [t, buckets, format, earnings] = await Promise.all([
    getTranslations("CoordinatorEarnings"),
    getTranslations("Buckets"),
    getFormatter(),
    getEarnings(cohort.id, month),
  ])
  const monthLink = (m: string) => ({ pathname: "/coordinator/earnings" as const, query: { month: m } })
  return (
    <PortalTemplate title={t("title")} intro={t("intro", { cohort: cohort.name })}>
      <form className="mb-6 flex flex-wrap items-end gap-3" method="get">
        <div className="flex flex-col gap-1">
          <label htmlFor="month" className="text-sm font-semibold">
            {t("month")}
          </label>
          <input id="month" name="month" type="month" defaultValue={month} className="rounded-md border-2 border-line bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-maroon hover:text-white">
          {t("show")}
        </button>
        <Link href={monthLink(shiftMonth(month, -1))} className="py-2 text-sm font-semibold text-maroon underline underline-offset-4">
          {t("previous")}
        </Link>
        <Link href={monthLink(shiftMonth(month, 1))} className="py-2 text-sm font-semibold text-maroon underline underline-offset-4">
          {t("next")}
        </Link>
        <Link href="/coordinator/statements" className="ml-auto py-2 text-sm font-semibold text-maroon underline underline-offset-4">
          {t("statementsLink")}
        </Link>
      </form>

      <section aria-labelledby="earnings-participants" className="mb-8">
        <h2 id="earnings-participants" className="mb-3 text-xl font-semibold">
          {t("participants")}
        </h2>
        {earnings.participants.length ? (
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-sm" data-testid="earnings-participants">
              <thead>
                <tr className="border-b-2 border-line text-left">
                  <th className="p-2">{t("code")}</th>
                  <th className="p-2">{t("name")}</th>
                  <th className="p-2 text-right">{t("allocated")}</th>
                  <th className="p-2 text-right">{t("reversed")}</th>
                  <th className="p-2 text-right">{t("net")}</th>
                </tr>
              </thead>
              <tbody>
                {earnings.participants.map((p) => (
                  <tr key={p.id} className="border-b border-line">
                    <td className="p-2 font-mono">{p.code}</td>
                    <td className="p-2">{p.displayName ?? "—"}</td>
                    <td className="p-2 text-right">{formatRupiah(p.allocated)}</td>
                    <td className="p-2 text-right">{formatRupiah(p.reversed)}</td>
                    <td className="p-2 text-right font-semibold">{formatRupiah(p.net)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-muted">{t("noParticipants")}</p>
        )}
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="earnings-buckets">
          <h2 id="earnings-buckets" className="mb-3 text-xl font-semibold">
            {t("buckets")}
          </h2>
          {earnings.buckets.length ? (
            <dl className="grid grid-cols-[1fr_max-content] gap-x-4 gap-y-1 rounded-lg border border-line bg-white p-4 text-sm" data-testid="earnings-buckets">
              {earnings.buckets.map((b) => (
                <div key={b.bucket} className="contents">
                  <dt>{buckets(b.bucket as "participants")}</dt>
                  <dd className="text-right">{formatRupiah(b.amount)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="text-muted">{t("noOrders")}</p>
          )}
        </section>
        <section aria-labelledby="earnings-orders">
          <h2 id="earnings-orders" className="mb-3 text-xl font-semibold">
            {t("orders")}
          </h2>
          {earnings.orders.length ? (
            <table className="w-full rounded-lg border border-line bg-white text-sm" data-testid="earnings-orders">
              <thead>
                <tr className="border-b-2 border-line text-left">
                  <th className="p-2">{t("order")}</th>
                  <th className="p-2">{t("date")}</th>
                  <th className="p-2 text-right">{t("amount")}</th>
                </tr>
              </thead>
              <tbody>
                {earnings.orders.map((o) => (
                  <tr key={o.orderId} className="border-b border-line">
                    <td className="p-2">{o.displayId != null ? `#${o.displayId}` : "—"}</td>
                    <td className="p-2">{format.dateTime(new Date(o.occurredAt), { dateStyle: "medium", timeZone: JAKARTA_TIME_ZONE })}</td>
                    <td className="p-2 text-right">{formatRupiah(o.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-muted">{t("noOrders")}</p>
          )}
        </section>
      </div>
    </PortalTemplate>
  )
}
