import { getTranslations } from "next-intl/server"
import type { BankTransferDetails } from "@/lib/types/checkout"
import type { Outlet, OutletOrder } from "@/lib/types/outlet"

type Props = {
  order: OutletOrder
  outlet: Outlet
  bank: BankTransferDetails | null
  day: (iso: string | null) => string
  money: (amount: number) => string
}

/** The invoice number: one per order, readable over the phone. */
export const invoiceNumber = (order: OutletOrder) => `INV-KB-${String(order.displayId).padStart(5, "0")}`

/** The invoice itself, laid out for A4 paper. */
export async function InvoiceDocument({ order, outlet, bank, day, money }: Props) {
  const t = await getTranslations("OutletInvoice")
  const number = invoiceNumber(order)
  return (
    <article className="rounded-lg border border-line bg-white p-6 text-sm print:border-0 print:p-0" aria-labelledby="invoice-title">
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-4">
        <div>
          <p className="font-serif text-2xl font-bold text-maroon">Karya Binaan</p>
          <p>{t("seller")}</p>
          <p className="text-muted">{t("sellerLine")}</p>
        </div>
        <div className="text-right">
          <h1 id="invoice-title" className="text-2xl font-bold uppercase tracking-wide">
            {t("title")}
          </h1>
          <dl className="mt-2 grid grid-cols-[auto_auto] gap-x-3 gap-y-1 text-left">
            <dt className="font-semibold">{t("invoiceNumber")}</dt>
            <dd data-testid="invoice-number">{number}</dd>
            <dt className="font-semibold">{t("orderNumber")}</dt>
            <dd>#{order.displayId}</dd>
            <dt className="font-semibold">{t("po")}</dt>
            <dd data-testid="invoice-po">{order.poNumber}</dd>
            <dt className="font-semibold">{t("issued")}</dt>
            <dd>{day(order.createdAt)}</dd>
            <dt className="font-semibold">{t("due")}</dt>
            <dd data-testid="invoice-due">{day(order.dueDate)}</dd>
            <dt className="font-semibold">{t("terms")}</dt>
            <dd>{order.termsDays === null ? "—" : t("termsDays", { days: order.termsDays })}</dd>
          </dl>
        </div>
      </header>
      <section className="mt-4">
        <h2 className="font-semibold">{t("billTo")}</h2>
        <p className="font-semibold">{outlet.name}</p>
        <p className="text-muted">{outlet.pertaminaCentre}</p>
        {outlet.address.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>{t("contact", { name: outlet.contactName, phone: outlet.contactPhone })}</p>
      </section>
      <table className="mt-6 w-full text-left">
        <thead className="border-b-2 border-ink">
          <tr>
            <th className="py-2 pr-2">{t("sku")}</th>
            <th className="py-2 pr-2">{t("item")}</th>
            <th className="py-2 pr-2 text-right">{t("quantity")}</th>
            <th className="py-2 pr-2 text-right">{t("unitPrice")}</th>
            <th className="py-2 text-right">{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} className="border-b border-line">
              <td className="py-2 pr-2 font-mono text-xs">{line.sku}</td>
              <td className="py-2 pr-2">{line.title}</td>
              <td className="py-2 pr-2 text-right">{line.quantity}</td>
              <td className="py-2 pr-2 text-right">{money(line.unitPrice)}</td>
              <td className="py-2 text-right">{money(line.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4} className="py-1 pr-2 text-right">{t("itemTotal")}</td>
            <td className="py-1 text-right">{money(order.itemTotal)}</td>
          </tr>
          <tr>
            <td colSpan={4} className="py-1 pr-2 text-right">{t("shipping")}</td>
            <td className="py-1 text-right">{money(order.shippingTotal)}</td>
          </tr>
          <tr className="text-base font-bold">
            <td colSpan={4} className="py-2 pr-2 text-right">{t("total")}</td>
            <td className="py-2 text-right" data-testid="invoice-total">{money(order.total)}</td>
          </tr>
        </tfoot>
      </table>
      {order.paidAt ? (
        <p className="mt-4 rounded-md border-2 border-green-700 p-2 text-center font-bold text-green-800">
          {t("paid", { date: day(order.paidAt), reference: order.paymentReference ?? "—" })}
        </p>
      ) : null}
      <section className="mt-6 rounded-md bg-sand p-4 print:bg-white print:border print:border-line">
        <h2 className="font-semibold">{t("payTo")}</h2>
        {bank ? (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt>{t("bank")}</dt>
            <dd className="font-semibold">{bank.bank_name}</dd>
            <dt>{t("account")}</dt>
            <dd className="font-semibold">{bank.account_number}</dd>
            <dt>{t("holder")}</dt>
            <dd className="font-semibold">{bank.account_holder}</dd>
          </dl>
        ) : (
          <p>{t("noBank")}</p>
        )}
        <p className="mt-2">{t("reference", { number })}</p>
      </section>
    </article>
  )
}
