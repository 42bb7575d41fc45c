import type { ImpactFigures } from "./figures"
import { formatRupiah } from "../../../../lib/rupiah"
import { AREA_LABELS, CHANNEL_LABELS, label, SKILL_LINE_LABELS, STATUS_LABELS, SUPPRESSED } from "./labels"

/** What a cell holds: rupiah, a count, a ratio, or text; null = withheld (small group). */
export type Kind = "rupiah" | "count" | "ratio" | "text"
export type Column = { label: string; kind: Kind }
export type Cell = string | number | null
/** One table of the report, the same in the CSV, the XLSX and the PDF. */
export type ReportTable = {
  section: string
  title: string
  columns: Column[]
  rows: Cell[][]
  /** The headline is indicator/value rows: each row's value has its own kind. */
  rowKinds?: Kind[]
}

/** The filters in words ("Wilayah: Ring 1 — Kec. Plaju"), or "Semua" when none. */
export function filterLines(figures: ImpactFigures): string[] {
  const f = figures.filters ?? {}
  const cohort = f.cohort_id ? figures.by_cohort.find((c) => c.cohort_id === f.cohort_id)?.name ?? f.cohort_id : null
  const lines = [
    cohort && `Kelompok: ${cohort}`,
    f.facility && `Fasilitas: ${f.facility}`,
    f.channel && `Saluran: ${label(CHANNEL_LABELS, f.channel)}`,
    f.area && `Wilayah: ${label(AREA_LABELS, f.area)}`,
    f.skill_line && `Bidang keterampilan: ${label(SKILL_LINE_LABELS, f.skill_line)}`,
  ].filter((line): line is string => Boolean(line))
  return lines.length ? lines : ["Semua kelompok, saluran dan wilayah"]
}

/** The headline as indicator/value rows. */
export function headlineTable(figures: ImpactFigures): ReportTable {
  const h = figures.headline
  const k = h.kemandirian
  const rows: [string, Kind, number | null][] = [
    ["Peserta dilatih", "count", h.participants_trained],
    ["Jam pelatihan", "count", h.training_hours],
    ["Jam pelatihan per orang (jumlah)", "count", h.person_training_hours],
    ["Pelatihan", "count", h.trainings],
    ["Kunjungan belajar", "count", h.study_visits],
    ["Peserta berpendapatan", "count", h.participants_earned],
    ["Pendapatan peserta (Rp)", "rupiah", h.allocated_total],
    ["Dibayarkan ke peserta (Rp)", "rupiah", h.paid_total],
    ["Median pendapatan per peserta berpendapatan (Rp)", "rupiah", h.median_income_per_earner],
    ["Penjualan (Rp)", "rupiah", h.sales_total],
    ["Unit terjual", "count", h.units],
    ["Saldo dana bahan (Rp)", "rupiah", h.material_fund_balance],
    ["Klien pemasyarakatan", "count", k.klien],
    ["Klien berpendapatan 3 dari 6 bulan (kemandirian)", "count", k.suppressed ? null : k.earned_3_of_6],
    ["Input program (Rp)", "rupiah", h.programme_input_total],
    ["Pendapatan peserta per rupiah input", "ratio", h.income_per_rupiah_input],
    ["Pesan terima kasih disetujui", "count", h.notes_approved],
    ["Kelompok kecil disembunyikan", "count", figures.suppressed_groups],
  ]
  return {
    section: "Ringkasan",
    title: "Angka utama",
    columns: [
      { label: "Indikator", kind: "text" },
      { label: "Nilai", kind: "text" },
    ],
    rows: rows.map(([name, , value]) => [name, value]),
    rowKinds: rows.map(([, kind]) => kind),
  }
}

/** The kind of a table's cell: the row's own for the headline, else the column's. */
export const kindOf = (table: ReportTable, row: number, column: number): Kind =>
  table.rowKinds && column > 0 ? table.rowKinds[row] : table.columns[column].kind

/** A cell as a person reads it in Indonesian: "Rp 1.234.000", "1.234", "0,08", "disembunyikan". */
export function formatCell(value: Cell, kind: Kind): string {
  if (value === null) return SUPPRESSED
  if (typeof value === "string") return value
  if (kind === "rupiah") return formatRupiah(value)
  if (kind === "ratio") return value.toLocaleString("id-ID", { maximumFractionDigits: 3 })
  return value.toLocaleString("id-ID")
}

export function monthlyTable(figures: ImpactFigures): ReportTable {
  return {
    section: "Bulanan",
    title: "Per bulan",
    columns: [
      { label: "Bulan", kind: "text" },
      { label: "Pendapatan peserta (Rp)", kind: "rupiah" },
      { label: "Dibayarkan (Rp)", kind: "rupiah" },
      { label: "Penjualan (Rp)", kind: "rupiah" },
      { label: "Unit", kind: "count" },
      { label: "Peserta berpendapatan", kind: "count" },
      { label: "Median pendapatan (Rp)", kind: "rupiah" },
      { label: "Jam pelatihan", kind: "count" },
      { label: "Input program (Rp)", kind: "rupiah" },
    ],
    rows: figures.monthly.map((m) => [m.month, m.allocated, m.paid, m.sales, m.units, m.participants_earned, m.median_income, m.training_hours, m.inputs]),
  }
}

export function cohortTable(figures: ImpactFigures): ReportTable {
  return {
    section: "Per kelompok",
    title: "Per kelompok binaan",
    columns: [
      { label: "Kelompok", kind: "text" },
      { label: "Penjualan (Rp)", kind: "rupiah" },
      { label: "Unit", kind: "count" },
      { label: "Pendapatan peserta (Rp)", kind: "rupiah" },
      { label: "Peserta berpendapatan", kind: "count" },
    ],
    rows: figures.by_cohort.map((c) => [c.name, c.sales, c.units, c.allocated, c.participants_earned]),
  }
}

export function channelTable(figures: ImpactFigures): ReportTable {
  return {
    section: "Per saluran",
    title: "Per saluran penjualan",
    columns: [
      { label: "Saluran", kind: "text" },
      { label: "Penjualan (Rp)", kind: "rupiah" },
      { label: "Unit", kind: "count" },
    ],
    rows: figures.by_channel.map((c) => [label(CHANNEL_LABELS, c.channel), c.sales, c.units]),
  }
}

export function areaTable(figures: ImpactFigures): ReportTable {
  return {
    section: "Per wilayah",
    title: "Per wilayah",
    columns: [
      { label: "Wilayah", kind: "text" },
      { label: "Penjualan (Rp)", kind: "rupiah" },
      { label: "Unit", kind: "count" },
      { label: "Peserta berpendapatan", kind: "count" },
      { label: "Pendapatan peserta (Rp)", kind: "rupiah" },
    ],
    // People are always counted; a small group's rupiah is null (withheld) in the figures themselves.
    rows: figures.by_area.map((a) => [label(AREA_LABELS, a.area), a.sales, a.units, a.participants_earned, a.allocated]),
  }
}

export function statusTable(figures: ImpactFigures): ReportTable {
  return {
    section: "Per status",
    title: "Per status peserta (saat ini)",
    columns: [
      { label: "Status", kind: "text" },
      { label: "Peserta berpendapatan", kind: "count" },
      { label: "Pendapatan peserta (Rp)", kind: "rupiah" },
    ],
    rows: figures.by_status.map((s) => [label(STATUS_LABELS, s.status), s.participants_earned, s.allocated]),
  }
}

/** Every table of the report in the order it prints. */
export const reportTables = (figures: ImpactFigures): ReportTable[] => [
  headlineTable(figures),
  monthlyTable(figures),
  cohortTable(figures),
  channelTable(figures),
  areaTable(figures),
  statusTable(figures),
]

/** "dampak-2026-06-01-2026-11-30.pdf": the period only, never a name. */
export const reportFileName = (figures: ImpactFigures, ext: "csv" | "xlsx" | "pdf") =>
  `dampak-${figures.period.from}-${figures.period.to}.${ext}`.replace(/[^A-Za-z0-9._-]+/g, "-")
