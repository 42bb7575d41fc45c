import ExcelJS from "exceljs"
import type { ImpactFigures } from "./figures"
import { generatedAtWib } from "./generated-at"
import { SUPPRESSED } from "./labels"
import { METHOD_HEADING, methodSections } from "./method-note"
import { cohortTable, channelTable, areaTable, statusTable, filterLines, headlineTable, kindOf, monthlyTable, type Kind, type ReportTable } from "./tables"

// Rupiah as whole numbers with Indonesian grouping; Excel localises the separators.
const NUMBER_FORMATS: Record<Kind, string | undefined> = { rupiah: '"Rp" #,##0', count: "#,##0", ratio: "0.000", text: undefined }

/** Writes a table with a bold header row; withheld cells read "disembunyikan". */
function addTable(sheet: ExcelJS.Worksheet, table: ReportTable) {
  sheet.addRow([table.title]).font = { bold: true, size: 12 }
  sheet.addRow(table.columns.map((c) => c.label)).font = { bold: true }
  table.rows.forEach((row, r) => {
    const added = sheet.addRow(row.map((value) => (value === null ? SUPPRESSED : value)))
    row.forEach((value, c) => {
      const format = NUMBER_FORMATS[kindOf(table, r, c)]
      if (typeof value === "number" && format) added.getCell(c + 1).numFmt = format
    })
  })
  sheet.addRow([])
}

/**
 * The report as a workbook: "Ringkasan" (period, filters, headline, when
 * made), "Bulanan", "Per kelompok" (by cohort, channel, area and status) and
 * "Metode". Numbers stay numbers, so a sponsor can sum and chart them.
 */
export async function impactXlsx(figures: ImpactFigures, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = "Karya Binaan"
  book.created = generatedAt

  const summary = book.addWorksheet("Ringkasan")
  summary.addRow(["Laporan dampak program Karya Binaan"]).font = { bold: true, size: 14 }
  summary.addRow(["Periode", `${figures.period.from} s.d. ${figures.period.to}`])
  for (const line of filterLines(figures)) summary.addRow(["Filter", line])
  summary.addRow(["Dibuat", generatedAtWib(generatedAt)])
  summary.addRow([])
  addTable(summary, headlineTable(figures))

  addTable(book.addWorksheet("Bulanan"), monthlyTable(figures))

  const groups = book.addWorksheet("Per kelompok")
  for (const table of [cohortTable(figures), channelTable(figures), areaTable(figures), statusTable(figures)]) addTable(groups, table)

  const method = book.addWorksheet("Metode")
  method.addRow([METHOD_HEADING]).font = { bold: true, size: 12 }
  method.addRow([`Versi ${figures.method.version}; kelompok minimum ${figures.method.min_group} orang`])
  for (const { heading, text } of methodSections()) {
    method.addRow([heading]).font = { bold: true }
    method.addRow([text]).getCell(1).alignment = { wrapText: true, vertical: "top" }
  }
  method.getColumn(1).width = 110

  for (const sheet of [summary, book.getWorksheet("Bulanan")!, groups]) {
    sheet.columns.forEach((column, i) => (column.width = i === 0 ? 48 : 22))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
