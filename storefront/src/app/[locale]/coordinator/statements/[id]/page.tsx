import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { getStatement } from "@/lib/data/coordinator/payouts"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { MarkPaidForm } from "@/modules/coordinator/components/mark-paid-form"
import { StatementDocument } from "@/modules/coordinator/components/statement-document"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ paid?: string }> }

// The title names no participant: page titles travel further than the page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/coordinator/statements/[id]", params: { id } }, (await getTranslations("CoordinatorStatements"))("title"))
}

/** One statement: its lines and total, the print page, the CSV, and recording its payment. */
export default async function StatementPage({ params, searchParams }: Props) {
  const { id } = await params
  await requireCohort({ pathname: "/coordinator/statements/[id]", params: { id } })
  const [query, t, locale, statement] = await Promise.all([searchParams, getTranslations("CoordinatorStatement"), getLocale(), getStatement(id)])
  const party = statement.partyType === "participant" ? statement.partyLabel : (await getTranslations("CoordinatorStatements"))("materialFund")
  const csv = `/api/coordinator/payout-statements/${encodeURIComponent(id)}/csv`
  const notice = query.paid ? <FormNotice tone="success">{t("paidNotice")}</FormNotice> : null
  return (
    <PortalTemplate title={t("title", { party })} notice={notice}>
      <div className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
        <Link href="/coordinator/statements" className="text-maroon underline underline-offset-4">
          {t("back")}
        </Link>
        <Link href={{ pathname: "/coordinator/statements/[id]/print", params: { id } }} className="text-maroon underline underline-offset-4">
          {t("print")}
        </Link>
        <a href={csv} download className="text-maroon underline underline-offset-4">
          {t("csv")}
        </a>
        {statement.partyType === "participant" ? (
          <a href={`${csv}?with_names=true`} download className="text-maroon underline underline-offset-4">
            {t("csvWithNames")}
          </a>
        ) : null}
      </div>
      <StatementDocument statement={statement} lines={statement.lines} locale={locale as AppLocale} />
      {statement.status === "paid" && statement.paidBy ? (
        <p className="mt-2 text-sm text-muted">{t("paidBy", { who: statement.paidBy === "coordinator" ? t("byCoordinator") : t("byOperator") })}</p>
      ) : null}
      {statement.status === "unpaid" ? (
        <section aria-labelledby="mark-paid" className="mt-8 rounded-lg border border-line bg-white p-4">
          <h2 id="mark-paid" className="text-lg font-semibold">
            {t("markPaid")}
          </h2>
          <p className="mb-3 text-sm text-muted">{t("markPaidIntro")}</p>
          <ClientMessages sections={["CoordinatorForm"]}>
            <MarkPaidForm statementId={statement.id} today={jakartaToday()} />
          </ClientMessages>
        </section>
      ) : null}
    </PortalTemplate>
  )
}
