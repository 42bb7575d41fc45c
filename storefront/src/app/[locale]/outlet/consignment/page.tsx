import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listConsignmentReports, listConsignments } from "@/lib/data/outlet/consignment"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"
import { ConsignmentReportForm } from "@/modules/outlet/components/consignment-report-form"

type Props = { searchParams: Promise<{ reported?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/consignment", (await getTranslations("OutletConsignment"))("title"))
}

/** Consigned goods at the outlet (batch by batch) and the sell-through report form. */
export default async function OutletConsignmentPage({ searchParams }: Props) {
  await requireOutlet("/outlet/consignment")
  const [{ reported }, t, format, rows, reports] = await Promise.all([
    searchParams,
    getTranslations("OutletConsignment"),
    getFormatter(),
    listConsignments(),
    listConsignmentReports(),
  ])
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Jakarta" }) : "—")
  const products = [...new Map(rows.filter((r) => r.open > 0).map((r) => [r.variantId, r])).values()].map((r) => ({
    variantId: r.variantId,
    sku: r.sku,
    title: r.title,
    open: rows.filter((x) => x.variantId === r.variantId).reduce((sum, x) => sum + x.open, 0),
  }))
  return (
    <PortalTemplate title={t("title")} intro={<p>{t("intro")}</p>} notice={reported ? <FormNotice tone="success">{t("reported")}</FormNotice> : null}>
      <section aria-labelledby="stock-heading">
        <h2 id="stock-heading" className="text-xl font-semibold">
          {t("stock")}
        </h2>
        {rows.length ? (
          <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-sand">
                <tr>
                  <th className="px-3 py-2">SKU</th>
                  <th className="px-3 py-2">{t("product")}</th>
                  <th className="px-3 py-2">{t("batch")}</th>
                  <th className="px-3 py-2">{t("expiry")}</th>
                  <th className="px-3 py-2 text-right">{t("placed")}</th>
                  <th className="px-3 py-2 text-right">{t("soldSoFar")}</th>
                  <th className="px-3 py-2 text-right">{t("returned")}</th>
                  <th className="px-3 py-2 text-right">{t("open")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.placementId} className="border-t border-line">
                    <td className="px-3 py-2 font-mono text-xs">{r.sku}</td>
                    <td className="px-3 py-2">{r.title}</td>
                    <td className="px-3 py-2 font-mono text-xs">{r.batchCode}</td>
                    <td className="px-3 py-2">{day(r.expiryDate)}</td>
                    <td className="px-3 py-2 text-right">{r.placed}</td>
                    <td className="px-3 py-2 text-right">{r.sold}</td>
                    <td className="px-3 py-2 text-right">{r.returned}</td>
                    <td className="px-3 py-2 text-right font-semibold">{r.open}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2">{t("none")}</p>
        )}
      </section>
      {products.length ? (
        <section aria-labelledby="report-heading" className="mt-8 rounded-lg border border-line bg-white p-4">
          <h2 id="report-heading" className="text-xl font-semibold">
            {t("reportTitle")}
          </h2>
          <ClientMessages sections={["OutletConsignment"]}>
            <ConsignmentReportForm products={products} today={jakartaToday()} />
          </ClientMessages>
        </section>
      ) : null}
      {reports.length ? (
        <section aria-labelledby="reports-heading" className="mt-8">
          <h2 id="reports-heading" className="text-xl font-semibold">
            {t("reports")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {reports.map((r) => (
              <li key={r.id}>
                {day(r.periodStart)} – {day(r.periodEnd)}: {t("reportUnits", { units: r.units })}
                {r.orderId ? (
                  <>
                    {" · "}
                    <Link href={{ pathname: "/outlet/orders/[id]", params: { id: r.orderId } }} className="font-semibold text-maroon underline underline-offset-4">
                      {t("sale")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PortalTemplate>
  )
}
