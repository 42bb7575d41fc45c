import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { getCohortImpact } from "@/lib/data/coordinator/impact"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { impactPeriod } from "@/lib/util/impact-period"
import { formatCount } from "@/lib/util/impact-format"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ImpactDownloads } from "@/modules/coordinator/components/impact-downloads"
import { FigureCard } from "@/modules/impact/components/figure-card"
import { ImpactFigures } from "@/modules/impact/components/impact-figures"
import { MethodNote } from "@/modules/impact/components/method-note"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ from?: string; to?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/impact", (await getTranslations("CoordinatorImpact"))("title"))
}

/** The cohort's impact for a period, as the sponsor's report shows it, with the report's files to download. */
export default async function CoordinatorImpactPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/impact")
  const period = impactPeriod(await searchParams)
  const [t, words, locale, impact] = await Promise.all([
    getTranslations("CoordinatorImpact"),
    getTranslations("Impact"),
    getLocale() as Promise<AppLocale>,
    getCohortImpact(cohort.id, period.ok ? period : {}),
  ])
  const h = impact.headline
  const money = (n: number | null) => (n === null ? words("suppressed") : formatRupiah(n))
  return (
    <PortalTemplate
      title={t("title")}
      intro={t("intro", { cohort: cohort.name, min: impact.minGroup })}
      notice={period.ok ? null : <FormNotice tone="error">{t("badRange")}</FormNotice>}
    >
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="text-sm font-semibold">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={impact.period.from} className="rounded-md border-2 border-line bg-white px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-sm font-semibold">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={impact.period.to} className="rounded-md border-2 border-line bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-maroon hover:text-white">
          {t("show")}
        </button>
      </form>
      <ImpactDownloads cohortId={cohort.id} from={impact.period.from} to={impact.period.to} />
      <dl className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="coordinator-impact-extra">
        <FigureCard label={t("trainings")} value={formatCount(h.trainings ?? 0, locale)} />
        <FigureCard label={t("studyVisits")} value={formatCount(h.studyVisits ?? 0, locale)} />
        <FigureCard label={t("paid")} value={money(h.paidTotal)} />
        <FigureCard label={t("median")} value={money(h.medianIncome)} />
        <FigureCard label={t("materialFund")} value={money(h.materialFundBalance)} />
      </dl>
      <ImpactFigures impact={impact} idPrefix="coordinator-impact" />
      <div className="mt-8">
        <MethodNote minGroup={impact.minGroup} />
      </div>
    </PortalTemplate>
  )
}
