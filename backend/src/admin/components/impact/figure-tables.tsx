import { Heading, Table } from "@medusajs/ui"
import type { ImpactFigures } from "@karya-binaan/contract"
import { useKaryaTranslation } from "../../lib/i18n"
import { participantStatusLabel } from "./participant-labels"

/** The months, cohorts and participants' statuses as tables: what the charts draw, in numbers (and what prints). */
export const FigureTables = ({ figures }: { figures: ImpactFigures }) => {
  const { t, format } = useKaryaTranslation()
  const money = (v: number | null) => (v === null ? t("impact.suppressedShort") : format.money(v))
  const count = (v: number | null) => (v === null ? t("impact.suppressedShort") : format.number(v))
  return (
    <div className="flex min-w-0 flex-col gap-6 px-6 py-4">
      <div className="flex flex-col gap-2 break-inside-avoid">
        <Heading level="h2">{t("impact.tables.monthly")}</Heading>
        {/* Nine columns don't fit a phone: the table scrolls sideways inside its card instead of past it. */}
        <div className="max-w-full overflow-x-auto">
          <Table data-testid="impact-monthly">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("impact.tables.month")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.allocated")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.paid")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.sales")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.tables.units")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.earned")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.tables.median")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.tables.hours")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.tables.inputs")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {figures.monthly.map((m) => (
                <Table.Row key={m.month} className="tabular-nums whitespace-nowrap">
                  <Table.Cell>{m.month}</Table.Cell>
                  <Table.Cell className="text-right">{money(m.allocated)}</Table.Cell>
                  <Table.Cell className="text-right">{money(m.paid)}</Table.Cell>
                  <Table.Cell className="text-right">{money(m.sales)}</Table.Cell>
                  <Table.Cell className="text-right">{count(m.units)}</Table.Cell>
                  <Table.Cell className="text-right">{count(m.participants_earned)}</Table.Cell>
                  <Table.Cell className="text-right">{money(m.median_income)}</Table.Cell>
                  <Table.Cell className="text-right">{count(m.training_hours)}</Table.Cell>
                  <Table.Cell className="text-right">{money(m.inputs)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
      <div className="flex flex-col gap-2 break-inside-avoid">
        <Heading level="h2">{t("impact.tables.byCohort")}</Heading>
        <div className="max-w-full overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("impact.filters.cohort")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.sales")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.tables.units")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.allocated")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.earned")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {figures.by_cohort.map((c) => (
                <Table.Row key={c.cohort_id} className="tabular-nums whitespace-nowrap">
                  <Table.Cell>{c.name}</Table.Cell>
                  <Table.Cell className="text-right">{money(c.sales)}</Table.Cell>
                  <Table.Cell className="text-right">{count(c.units)}</Table.Cell>
                  <Table.Cell className="text-right">{money(c.allocated)}</Table.Cell>
                  <Table.Cell className="text-right">{count(c.participants_earned)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
      <div className="flex flex-col gap-2 break-inside-avoid">
        <Heading level="h2">{t("impact.tables.byStatus")}</Heading>
        <div className="max-w-full overflow-x-auto">
          <Table data-testid="impact-by-status">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("impact.tables.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.earned")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("impact.charts.allocated")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {figures.by_status.map((s) => (
                <Table.Row key={s.status} className="tabular-nums whitespace-nowrap">
                  <Table.Cell>{participantStatusLabel(t, s.status)}</Table.Cell>
                  <Table.Cell className="text-right">{count(s.participants_earned)}</Table.Cell>
                  <Table.Cell className="text-right">{money(s.allocated)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
    </div>
  )
}
