import { getFormatter, getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { formatRupiah } from "@/lib/util/money"
import type { PayoutStatement, PayoutStatementLine } from "@/lib/types/coordinator"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"

type Props = { statement: PayoutStatement; lines: PayoutStatementLine[]; locale: AppLocale }

/**
 * A payout statement as the facility files it: recipient by code only (never
 * a name: paper travels), cohort, facility, period, every line and the total,
 * and whether and how it was paid. The print page always renders it in Indonesian.
 */
export async function StatementDocument({ statement, lines, locale }: Props) {
  const [t, buckets, kinds, format] = await Promise.all([
    getTranslations({ locale, namespace: "StatementDocument" }),
    getTranslations({ locale, namespace: "Buckets" }),
    getTranslations({ locale, namespace: "LedgerKinds" }),
    getFormatter({ locale }),
  ])
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: JAKARTA_TIME_ZONE })
  const participant = statement.partyType === "participant"
  return (
    <article className="rounded-lg border border-line bg-white p-6 print:border-0 print:p-0" data-testid="statement-document">
      <header className="mb-4 border-b border-line pb-3">
        <p className="text-sm text-muted">{t("programme")}</p>
        <h2 className="text-xl font-bold">{t("heading")}</h2>
      </header>
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{participant ? t("participant") : t("recipient")}</dt>
        <dd className="font-mono" data-testid="statement-party">
          {participant ? statement.partyLabel : t("materialFund")}
        </dd>
        <dt className="font-semibold">{t("cohort")}</dt>
        <dd>{statement.cohortName}</dd>
        <dt className="font-semibold">{t("facility")}</dt>
        <dd>{statement.facilityName}</dd>
        <dt className="font-semibold">{t("period")}</dt>
        <dd>{statement.period}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd data-testid="statement-status">
          {statement.status === "paid" && statement.paidAt
            ? t("paid", { date: day(statement.paidAt), reference: statement.paidReference ?? "" })
            : t("unpaid")}
        </dd>
      </dl>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-line text-left">
            <th className="p-2">{t("date")}</th>
            <th className="p-2">{t("order")}</th>
            <th className="p-2">{t("product")}</th>
            <th className="p-2">{t("bucket")}</th>
            <th className="p-2">{t("kind")}</th>
            <th className="p-2 text-right">{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.entryId} className="border-b border-line">
              <td className="p-2 whitespace-nowrap">{day(l.occurredAt)}</td>
              <td className="p-2">{l.orderDisplayId != null ? `#${l.orderDisplayId}` : "—"}</td>
              <td className="p-2">{l.product}</td>
              <td className="p-2">{buckets(l.bucket as "participants")}</td>
              <td className="p-2">{kinds(l.kind)}</td>
              <td className="p-2 text-right whitespace-nowrap">{formatRupiah(l.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <td className="p-2" colSpan={5}>
              {t("total")}
            </td>
            <td className="p-2 text-right whitespace-nowrap" data-testid="statement-total">
              {formatRupiah(statement.total)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-3 text-xs text-muted">{t("timezone")}</p>
      <div className="mt-12 hidden w-64 border-t border-ink pt-1 text-xs print:block">{t("signature")}</div>
    </article>
  )
}
