import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listOutletOrders } from "@/lib/data/outlet/orders"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { formatRupiah } from "@/lib/util/money"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/orders", (await getTranslations("OutletOrders"))("title"))
}

/** The outlet's orders with their invoice state, newest first. */
export default async function OutletOrdersPage() {
  await requireOutlet("/outlet/orders")
  const [t, format, orders] = await Promise.all([getTranslations("OutletOrders"), getFormatter(), listOutletOrders()])
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Jakarta" }) : "—")
  return (
    <PortalTemplate title={t("title")}>
      {orders.length ? (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-sand">
              <tr>
                <th className="px-3 py-2">{t("number")}</th>
                <th className="px-3 py-2">{t("date")}</th>
                <th className="px-3 py-2">{t("po")}</th>
                <th className="px-3 py-2">{t("due")}</th>
                <th className="px-3 py-2 text-right">{t("total")}</th>
                <th className="px-3 py-2">{t("status")}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-t border-line">
                  <td className="px-3 py-2">#{order.displayId}</td>
                  <td className="px-3 py-2">{day(order.createdAt)}</td>
                  <td className="px-3 py-2">{order.poNumber}</td>
                  <td className="px-3 py-2">{day(order.dueDate)}</td>
                  <td className="px-3 py-2 text-right">{formatRupiah(order.total)}</td>
                  <td className="px-3 py-2">{t(order.status)}</td>
                  <td className="px-3 py-2">
                    <Link href={{ pathname: "/outlet/orders/[id]", params: { id: order.id } }} className="font-semibold text-maroon underline underline-offset-4">
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
