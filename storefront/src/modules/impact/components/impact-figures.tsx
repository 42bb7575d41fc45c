import { useLocale, useTranslations } from "next-intl"
import type { AppLocale } from "@/i18n/routing"
import type { Impact } from "@/lib/types/impact"
import { formatCount, formatMonth } from "@/lib/util/impact-format"
import { formatRupiah } from "@/lib/util/money"
import { ChartFigure } from "./chart-figure"
import { HeadlineFigures } from "./headline-figures"
import { ChannelChart, EarnersChart, MoneyChart } from "./impact-charts"
import { FigureTable, Money } from "./impact-tables"

/**
 * The figures of the programme or of one cohort: headline, month-by-month
 * charts with their tables, and (when there is more than one) the areas.
 * `nested` puts its headings a level down, under the cohort page's own section.
 */
export function ImpactFigures({ impact, idPrefix, nested = false }: { impact: Impact; idPrefix: string; nested?: boolean }) {
  const t = useTranslations("Impact")
  const terms = useTranslations("ImpactTerms")
  const locale = useLocale() as AppLocale
  const H = nested ? "h3" : "h2"
  const months = impact.monthly.map((m) => ({ ...m, label: formatMonth(m.month, locale) }))
  const channels = impact.byChannel.map((c) => ({ ...c, label: t(`channel.${c.channel}`) }))
  const withheld = t("suppressed")
  const count = (n: number | null) => (n === null ? withheld : formatCount(n, locale))
  return (
    <div className="space-y-8">
      <section aria-labelledby={`${idPrefix}-headline`}>
        <H id={`${idPrefix}-headline`} className="sr-only">
          {t("headlineTitle")}
        </H>
        <HeadlineFigures impact={impact} id={`${idPrefix}-headline`} />
      </section>
      {months.length ? (
        <section aria-labelledby={`${idPrefix}-charts`}>
          <H id={`${idPrefix}-charts`} className="mb-3 text-xl font-semibold">
            {t("chartsTitle")}
          </H>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <ChartFigure
              title={t("chartMoney")}
              chart={<MoneyChart months={months} label={t("chartSummary", { title: t("chartMoney") })} sales={t("seriesSales")} allocated={t("seriesAllocated")} locale={locale} />}
              table={
                <FigureTable
                  testId={`${idPrefix}-monthly-table`}
                  head={[t("month"), t("seriesSales"), t("seriesAllocated")]}
                  rows={months.map((m) => [m.label, formatRupiah(m.sales), <Money key="a" amount={m.allocated} />])}
                />
              }
            />
            <ChartFigure
              title={t("chartEarners")}
              chart={<EarnersChart months={months} label={t("chartSummary", { title: t("chartEarners") })} series={t("seriesEarners")} />}
              table={<FigureTable head={[t("month"), t("seriesEarners")]} rows={months.map((m) => [m.label, count(m.earners)])} />}
            />
            {channels.length ? (
              <ChartFigure
                title={t("chartChannel")}
                chart={<ChannelChart channels={channels} label={t("chartSummary", { title: t("chartChannel") })} sales={t("seriesSales")} locale={locale} />}
                table={
                  <FigureTable
                    head={[t("channelLabel"), t("seriesSales"), t("units")]}
                    rows={channels.map((c) => [c.label, formatRupiah(c.sales), formatCount(c.units, locale)])}
                  />
                }
              />
            ) : null}
            {impact.byArea.length > 1 ? (
              <section aria-labelledby={`${idPrefix}-areas`} className="min-w-0 rounded-lg border border-line bg-white p-4">
                <h3 id={`${idPrefix}-areas`} className="mb-3 font-semibold">
                  {t("areaTitle")}
                </h3>
                <FigureTable
                  head={[t("area"), t("earners"), t("allocated")]}
                  rows={impact.byArea.map((a) => [t(`areaName.${a.area}`), count(a.earners), <Money key="a" amount={a.allocated} />])}
                />
              </section>
            ) : null}
            {impact.byStatus.length ? (
              <section aria-labelledby={`${idPrefix}-statuses`} className="min-w-0 rounded-lg border border-line bg-white p-4">
                <h3 id={`${idPrefix}-statuses`} className="mb-3 font-semibold">
                  {t("statusTitle")}
                </h3>
                <FigureTable
                  testId={`${idPrefix}-status-table`}
                  head={[t("status"), t("earners"), t("allocated")]}
                  rows={impact.byStatus.map((s) => [terms(`status.${s.status}`), count(s.earners), <Money key="a" amount={s.allocated} />])}
                />
              </section>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  )
}
