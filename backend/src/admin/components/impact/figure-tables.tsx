import { Heading, Table } from "@medusajs/ui"
import type { ImpactFigures } from "@karya-binaan/contract"
import type { ReactNode } from "react"
import { useKaryaTranslation } from "../../lib/i18n"
import { participantStatusLabel } from "./participant-labels"

/** A column: its heading and its cell; figures (all but the first column) align right. */
type Column<Row> = { heading: string; cell: (row: Row) => ReactNode }

/** One titled table; wide ones scroll sideways inside their card on a phone instead of past it. */
function FigureTable<Row>({ title, testId, columns, rows, rowKey }: { title: string; testId?: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    <div className="flex flex-col gap-2 break-inside-avoid">
      <Heading level="h2">{title}</Heading>
      <div className="max-w-full overflow-x-auto">
        <Table data-testid={testId}>
          <Table.Header>
            <Table.Row>
              {columns.map((c, i) => (
                <Table.HeaderCell key={c.heading} className={i ? "text-right" : undefined}>
                  {c.heading}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={rowKey(row)} className="tabular-nums whitespace-nowrap">
                {columns.map((c, i) => (
                  <Table.Cell key={c.heading} className={i ? "text-right" : undefined}>
                    {c.cell(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  )
}

/** The months, cohorts and participants' statuses as tables: what the charts draw, in numbers (and what prints). */
export const FigureTables = ({ figures }: { figures: ImpactFigures }) => {
  const { t, format } = useKaryaTranslation()
  const money = (v: number | null) => (v === null ? t("impact.suppressedShort") : format.money(v))
  const count = (v: number | null) => (v === null ? t("impact.suppressedShort") : format.number(v))
  return (
    <div className="flex min-w-0 flex-col gap-6 px-6 py-4">
      <FigureTable
        title={t("impact.tables.monthly")}
        testId="impact-monthly"
        rows={figures.monthly}
        rowKey={(m) => m.month}
        columns={[
          { heading: t("impact.tables.month"), cell: (m) => m.month },
          { heading: t("impact.charts.allocated"), cell: (m) => money(m.allocated) },
          { heading: t("impact.charts.paid"), cell: (m) => money(m.paid) },
          { heading: t("impact.charts.sales"), cell: (m) => money(m.sales) },
          { heading: t("impact.tables.units"), cell: (m) => count(m.units) },
          { heading: t("impact.charts.earned"), cell: (m) => count(m.participants_earned) },
          { heading: t("impact.tables.median"), cell: (m) => money(m.median_income) },
          { heading: t("impact.tables.hours"), cell: (m) => count(m.training_hours) },
          { heading: t("impact.tables.inputs"), cell: (m) => money(m.inputs) },
        ]}
      />
      <FigureTable
        title={t("impact.tables.byCohort")}
        rows={figures.by_cohort}
        rowKey={(c) => c.cohort_id}
        columns={[
          { heading: t("impact.filters.cohort"), cell: (c) => c.name },
          { heading: t("impact.charts.sales"), cell: (c) => money(c.sales) },
          { heading: t("impact.tables.units"), cell: (c) => count(c.units) },
          { heading: t("impact.charts.allocated"), cell: (c) => money(c.allocated) },
          { heading: t("impact.charts.earned"), cell: (c) => count(c.participants_earned) },
        ]}
      />
      <FigureTable
        title={t("impact.tables.byStatus")}
        testId="impact-by-status"
        rows={figures.by_status}
        rowKey={(s) => s.status}
        columns={[
          { heading: t("impact.tables.status"), cell: (s) => participantStatusLabel(t, s.status) },
          { heading: t("impact.charts.earned"), cell: (s) => count(s.participants_earned) },
          { heading: t("impact.charts.allocated"), cell: (s) => money(s.allocated) },
        ]}
      />
    </div>
  )
}
