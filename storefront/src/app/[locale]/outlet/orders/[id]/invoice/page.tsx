import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getBankTransfer } from "@/lib/data/checkout"
import { getOutletOrder } from "@/lib/data/outlet/orders"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { formatRupiah } from "@/lib/util/money"
import { PrintButton } from "@/modules/portal/components/print-button"
import { InvoiceDocument } from "@/modules/outlet/templates/invoice-document"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/outlet/orders/[id]/invoice", params: { id } }, (await getTranslations("OutletInvoice"))("title"))
}

/** The printable invoice (Indonesian first): outlet, numbers, dates, lines, totals, where to transfer. */
export default async function OutletInvoicePage({ params }: Props) {
  const { id } = await params
  const { outlet } = await requireOutlet({ pathname: "/outlet/orders/[id]/invoice", params: { id } })
  const [t, format, order, bank] = await Promise.all([getTranslations("OutletInvoice"), getFormatter(), getOutletOrder(id), getBankTransfer()])
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Asia/Jakarta" }) : "—")
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 print:max-w-none print:p-0">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={{ pathname: "/outlet/orders/[id]", params: { id: order.id } }} className="font-semibold text-maroon underline underline-offset-4">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <InvoiceDocument order={order} outlet={outlet} bank={bank} day={day} money={formatRupiah} />
    </div>
  )
}
