import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { sendOutletOrderNote } from "@/lib/data/maker-note-actions"
import { getOutletOrder, getOutletOrderNoteCohorts } from "@/lib/data/outlet/orders"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ThankYouNotes } from "@/modules/notes/components/thank-you-notes"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/outlet/orders/[id]", params: { id } }, (await getTranslations("OutletOrders"))("title"))
}

/** One order: lines, totals, terms; order again, print the invoice. */
export default async function OutletOrderPage({ params, searchParams }: Props) {
  const { id } = await params
  await requireOutlet({ pathname: "/outlet/orders/[id]", params: { id } })
  const [{ placed }, t, format, order] = await Promise.all([searchParams, getTranslations("OutletOrders"), getFormatter(), getOutletOrder(id)])
  const noteCohorts = await getOutletOrderNoteCohorts(id)
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Asia/Jakarta" }) : "—")
  const link = "rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-sand"
  return (
    <PortalTemplate
      title={t("orderTitle", { number: order.displayId })}
      notice={placed ? <FormNotice tone="success">{t("placed")}</FormNotice> : null}
      actions={
        order.kind === "consignment" ? null : (
          <div className="flex flex-wrap gap-2">
            <Link href={{ pathname: "/outlet/orders/[id]/invoice", params: { id: order.id } }} className={link}>
              {t("invoice")}
            </Link>
            <Link href={{ pathname: "/outlet", query: { reorder: order.id } }} className={link}>
              {t("reorder")}
            </Link>
          </div>
        )
      }
    >
      <dl className="mb-6 grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="font-semibold">{order.kind === "consignment" ? t("consignmentPeriod") : t("po")}</dt>
          <dd>{order.poNumber}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("date")}</dt>
          <dd>{day(order.createdAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("due")}</dt>
          <dd>{day(order.dueDate)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("status")}</dt>
          <dd>{order.paidAt ? t("paidOn", { date: day(order.paidAt), reference: order.paymentReference ?? "—" }) : t(order.status)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("delivery")}</dt>
          <dd>{order.delivery === "pickup" ? t("pickup") : t("deliverToOutlet")}</dd>
        </div>
      </dl>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-sand">
            <tr>
              <th className="px-3 py-2">SKU</th>
              <th className="px-3 py-2">{t("lines")}</th>
              <th className="px-3 py-2 text-right">{t("quantity")}</th>
              <th className="px-3 py-2 text-right">{t("unitPrice")}</th>
              <th className="px-3 py-2 text-right">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id} className="border-t border-line">
                <td className="px-3 py-2 font-mono text-xs">{line.sku}</td>
                <td className="px-3 py-2">{line.title}</td>
                <td className="px-3 py-2 text-right">{line.quantity}</td>
                <td className="px-3 py-2 text-right">{formatRupiah(line.unitPrice)}</td>
                <td className="px-3 py-2 text-right">{formatRupiah(line.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-line">
              <td colSpan={4} className="px-3 py-2 text-right">{t("itemTotal")}</td>
              <td className="px-3 py-2 text-right">{formatRupiah(order.itemTotal)}</td>
            </tr>
            <tr>
              <td colSpan={4} className="px-3 py-2 text-right">{t("shipping")}</td>
              <td className="px-3 py-2 text-right">{formatRupiah(order.shippingTotal)}</td>
            </tr>
            <tr className="font-semibold">
              <td colSpan={4} className="px-3 py-2 text-right">{t("total")}</td>
              <td className="px-3 py-2 text-right">{formatRupiah(order.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="mt-6">
        <ThankYouNotes cohorts={noteCohorts} send={sendOutletOrderNote.bind(null, order.id)} askFirstName={false} />
      </div>
      <p className="mt-6">
        <Link href="/outlet/orders" className="font-semibold text-maroon underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </PortalTemplate>
  )
}
