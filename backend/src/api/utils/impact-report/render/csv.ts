import type { ImpactFigures } from "./figures"
import { generatedAtWib } from "./generated-at"
import { SUPPRESSED } from "./labels"
import { methodSections } from "./method-note"
import { filterLines, kindOf, reportTables, type Cell, type Kind } from "./tables"

// Excel opens a UTF-8 file as UTF-8 only with the byte-order mark; with
// Indonesian regional settings (decimal comma) it splits columns on ";".
// The same choice as the payout statement CSV.
const BOM = "\uFEFF"
const SEPARATOR = ";"
export const CSV_HEADER = ["Bagian", "Kelompok", "Indikator", "Nilai", "Keterangan"]

/** Quotes when needed and defuses formulas: a cohort named "=HYPERLINK(…)" stays text. */
function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value)
  let text = value
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A number as Indonesian Excel reads it: whole rupiah and counts plain, ratios with a decimal comma. */
function csvValue(value: Cell, kind: Kind): string | number {
  if (value === null) return ""
  if (typeof value === "number" && kind === "ratio") return String(value).replace(".", ",")
  return value
}

/**
 * The report as one long table (section, group, indicator, value, note), so
 * it filters and pivots in Excel: every figure is one row, a withheld value
 * is empty with "disembunyikan" in the note. Period, filters, the method note
 * and the generation time are rows too.
 */
export function impactCsv(figures: ImpactFigures, generatedAt: Date): string {
  const rows: (string | number)[][] = [
    ["Periode", "", "Dari", figures.period.from, ""],
    ["Periode", "", "Sampai", figures.period.to, ""],
    ...filterLines(figures).map((line) => ["Filter", "", line, "", ""]),
  ]
  for (const table of reportTables(figures)) {
    table.rows.forEach((row, r) => {
      if (table.rowKinds) {
        rows.push([table.section, "", String(row[0]), csvValue(row[1], kindOf(table, r, 1)), row[1] === null ? SUPPRESSED : ""])
        return
      }
      table.columns.slice(1).forEach((column, c) => {
        const value = row[c + 1]
        rows.push([table.section, String(row[0]), column.label, csvValue(value, column.kind), value === null ? SUPPRESSED : ""])
      })
    })
  }
  rows.push(["Metode", "", "Versi", figures.method.version, ""])
  rows.push(["Metode", "", "Kelompok minimum (orang)", figures.method.min_group, ""])
  for (const { heading, text } of methodSections()) rows.push(["Metode", "", heading, text, ""])
  rows.push(["Dibuat", "", "Waktu", generatedAtWib(generatedAt), ""])
  return BOM + [CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(SEPARATOR)).join("\r\n") + "\r\n"
}
