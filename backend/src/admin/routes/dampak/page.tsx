import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { jakartaDay } from "../../../lib/jakarta-time"
import { ImpactCharts } from "../../components/impact/charts"
import { ReportDownloads } from "../../components/impact/downloads"
import { FigureTables } from "../../components/impact/figure-tables"
import { FilterSummary, ImpactFilters, NO_FILTERS, type FilterState } from "../../components/impact/filters"
import { HeadlineTiles } from "../../components/impact/headline-tiles"
import { MethodNote } from "../../components/impact/method-note"
import { ImpactPrintStyle } from "../../components/impact/print-style"
import { ProgrammeInputs } from "../../components/impact/programme-inputs"
import { TrainingsList } from "../../components/impact/trainings-list"
import { useCohorts } from "../../hooks/api/cohorts"
import { useImpactFigures, type ImpactQuery } from "../../hooks/api/impact"
import { useKaryaTranslation } from "../../lib/i18n"
import { presetRange, quartersBetween } from "../../lib/impact-period"
import { errorMessage } from "../../lib/sdk"

/** The filters as the figures query: the preset's days (or the operator's own), empty filters left out. */
function toQuery(filters: FilterState, today: string): ImpactQuery {
  const range = filters.preset === "custom" ? { from: filters.from || undefined, to: filters.to || undefined } : presetRange(filters.preset, today)
  const { preset: _preset, from: _from, to: _to, ...rest } = filters
  return Object.fromEntries(Object.entries({ ...range, ...rest }).filter(([, v]) => Boolean(v)))
}

/**
 * Dampak: what the programme achieved for a period and filter — headline,
 * months, channels, areas, cohorts — with the sponsor report to download or
 * print, the programme inputs the operator records, and every training.
 * All figures come from GET /admin/impact/figures; nothing here computes one.
 */
const ImpactPage = () => {
  const { t, format } = useKaryaTranslation()
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS)
  const today = jakartaDay(new Date())
  const query = useMemo(() => toQuery(filters, today), [filters, today])
  const { data, error, isFetching } = useImpactFigures(query)
  const figures = data?.figures
  const cohortsRead = useCohorts({ limit: 100, fields: "id,name,facility_name" })
  const cohorts = cohortsRead.data?.cohorts ?? []
  const cohortNames = useMemo(() => new Map(cohorts.map((c) => [c.id, c.name ?? c.id])), [cohorts])
  // The programme's start is the whole-programme period's first day, once the page has read it.
  const [start, setStart] = useState<string | null>(null)
  if (figures && filters.preset === "all" && !start) setStart(figures.period.from)
  const quarters = useMemo(() => quartersBetween(start ?? today, today), [start, today])

  return (
    <div className="flex flex-col gap-4">
      <ImpactPrintStyle />
      <Container className="divide-y p-0" id="impact-report">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-1">
            <Heading level="h1">{t("impact.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("impact.intro")}
            </Text>
            {figures && (
              <Text size="small" weight="plus" data-testid="impact-period">
                {t("impact.periodLine", { from: format.day(figures.period.from), to: format.day(figures.period.to) })}
                {isFetching ? ` · ${t("common.loading")}` : ""}
              </Text>
            )}
            <FilterSummary filters={filters} cohortNames={cohortNames} />
          </div>
          <div className="flex flex-col items-start gap-2 sm:items-end">
            <ReportDownloads query={query} />
            {/* Participants by code, and moving a released one to Bapas (issue 17): /app/dampak/peserta. */}
            <Link to="/dampak/peserta" data-print="hide" className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
              {t("impact.participants.link")} →
            </Link>
          </div>
        </div>
        <ImpactFilters value={filters} onChange={setFilters} quarters={quarters} cohorts={cohorts} />
        {error && (
          <Text role="alert" className="text-ui-fg-error px-6 py-4">
            {errorMessage(error, t)}
          </Text>
        )}
        {!figures && !error && <Text className="px-6 py-4">{t("common.loading")}</Text>}
        {figures && (
          <>
            <HeadlineTiles figures={figures} />
            <ImpactCharts figures={figures} />
            <FigureTables figures={figures} />
            <MethodNote />
            <Text size="xsmall" className="text-ui-fg-muted px-6 py-2">
              {t("impact.generatedAt", { at: format.dateTime(new Date()) })}
            </Text>
          </>
        )}
      </Container>
      <Container className="divide-y p-0">
        <ProgrammeInputs />
      </Container>
      <Container className="divide-y p-0">
        <TrainingsList cohortNames={cohortNames} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.impact",
  translationNs: "karya",
})

export default ImpactPage
