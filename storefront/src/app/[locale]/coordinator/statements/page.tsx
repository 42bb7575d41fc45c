import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listStatements, STATEMENTS_PAGE_SIZE } from "@/lib/data/coordinator/payouts"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { parsePage } from "@/lib/util/catalog-params"
import { keepOnListPage } from "@/lib/util/portal-list-page"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { formatRupiah } from "@/lib/util/money"
import { Pagination } from "@/modules/common/components/pagination"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/statements", (await getTranslations("CoordinatorStatements"))("title"))
}

const hrefFor = (n: number) => ({ pathname: "/coordinator/statements" as const, query: n > 1 ? { page: String(n) } : {} })

/** The cohort's payout statements a page at a time, newest period first, unpaid ones marked. */
export default async function StatementsPage({ searchParams }: Props) {
  const [{ cohort }, query] = await Promise.all([requireCohort("/coordinator/statements"), searchParams])
  const page = parsePage(query.page)
  const [t, format, { statements, count }] = await Promise.all([getTranslations("CoordinatorStatements"), getFormatter(), listStatements(cohort.id, page)])
  const totalPages = await keepOnListPage(query.page, count, STATEMENTS_PAGE_SIZE, hrefFor)
  return (
    <PortalTemplate title={t("title")} intro={t("intro")}>
      {statements.length ? (
        <>
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b-2 border-line text-left">
                  <th className="p-2">{t("period")}</th>
                  <th className="p-2">{t("party")}</th>
                  <th className="p-2 text-right">{t("total")}</th>
                  <th className="p-2">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {statements.map((s) => {
                  const party = s.partyType === "participant" ? s.partyLabel : t("materialFund")
                  return (
                    <tr key={s.id} className="border-b border-line" data-statement-id={s.id}>
                      <td className="p-2">{s.period}</td>
                      <td className="p-2">
                        <Link
                          href={{ pathname: "/coordinator/statements/[id]", params: { id: s.id } }}
                          aria-label={t("open", { party })}
                          className="font-mono font-semibold text-maroon underline underline-offset-4"
                        >
                          {party}
                        </Link>
                        {s.displayName ? <span className="ml-2 text-muted">{s.displayName}</span> : null}
                      </td>
                      <td className="p-2 text-right">{formatRupiah(s.total)}</td>
                      <td className="p-2">
                        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${s.status === "paid" ? "border-leaf text-leaf" : "border-maroon text-maroon"}`}>
                          {s.status === "paid" && s.paidAt
                            ? t("paid", { date: format.dateTime(new Date(s.paidAt), { dateStyle: "medium", timeZone: JAKARTA_TIME_ZONE }) })
                            : t("unpaid")}
                        </span>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
