import type { PayoutStatement, PayoutStatementLine } from "@karya-binaan/contract"
import { jakartaDay } from "../../../../../lib/jakarta-time"
import { BUCKET_LABELS, KIND_LABELS } from "../../../../../modules/payout/labels"

// Excel opens a UTF-8 file as UTF-8 only with the byte-order mark; with
// Indonesian regional settings (decimal comma) it splits columns on ";".
const BOM = "\uFEFF"
const SEPARATOR = ";"

/**
 * Quotes a cell when it needs it, and defuses spreadsheet formulas: a product
 * title typed as "=HYPERLINK(…)" must stay text when the facility opens it.
 */
function cell(value: string | number | null | undefined): string {
  if (typeof value === "number") return String(value)
  let text = value ?? ""
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";\n\r,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A statement as a CSV a facility can open in Excel: one row per ledger
 * entry, amounts in whole rupiah as plain numbers (so they sum), a total row.
 * The participant's code is always there; the private display name only
 * when a coordinator asks for it (`withNames`). Dates are Jakarta days.
 * Served by both the admin and the coordinator CSV routes.
 */
export function statementCsv(statement: PayoutStatement, lines: PayoutStatementLine[], options: { withNames?: boolean } = {}): string {
  const withNames = Boolean(options.withNames) && statement.party_type === "participant"
  const header = [
    "Kode peserta",
    ...(withNames ? ["Nama peserta (rahasia)"] : []),
    "Kohort",
    "Fasilitas",
    "Periode",
    "Tanggal",
    "Nomor pesanan",
    "Produk",
    "Pos bagi hasil",
    "Jenis",
    "Jumlah (Rp)",
  ]
  const code = statement.party_type === "participant" ? statement.party_label : "-"
  const rows = lines.map((l) => [
    code,
    ...(withNames ? [statement.display_name ?? ""] : []),
    statement.cohort_name,
    statement.facility_name,
    statement.period,
    jakartaDay(l.occurred_at),
    l.order_display_id != null ? `#${l.order_display_id}` : l.order_id,
    l.variant_title ? `${l.product_title} (${l.variant_title})` : l.product_title,
    BUCKET_LABELS[l.bucket] ?? l.bucket,
    KIND_LABELS[l.kind] ?? l.kind,
    l.amount,
  ])
  const total = ["Total", ...Array(header.length - 2).fill(""), statement.total]
  return BOM + [header, ...rows, total].map((r) => r.map(cell).join(SEPARATOR)).join("\r\n") + "\r\n"
}

/** "slip-2026-11-KB-PLJ-0042.csv": period and code only, never a name. */
export function statementFileName(statement: PayoutStatement): string {
  const who = statement.party_type === "participant" ? statement.party_label : `kohort-${statement.cohort_id}`
  return `slip-${statement.period}-${who}`.replace(/[^A-Za-z0-9._-]+/g, "-") + ".csv"
}
