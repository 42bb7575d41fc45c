import { describe, expect, it } from "vitest"
import type { PayoutStatement, PayoutStatementLine } from "@karya-binaan/contract"
import { statementCsv, statementFileName } from "./statement-csv"

const statement: PayoutStatement = {
  id: "paystm_1",
  run_id: "payrun_1",
  period: "2026-11",
  period_from: "2026-10-31T17:00:00.000Z",
  period_to: "2026-11-30T17:00:00.000Z",
  party_type: "participant",
  party_id: "ptcp_1",
  party_label: "KB-PLJ-0042",
  display_name: "Ibu Rahasia",
  cohort_id: "coh_1",
  cohort_name: "Lapas Perempuan Palembang — olahan pisang",
  facility_name: "Lapas Perempuan Kelas IIA Palembang",
  total: 4000,
  status: "unpaid",
  paid_reference: null,
  paid_at: null,
  paid_by: null,
  paid_by_type: null,
  created_at: "2026-12-01T02:00:00.000Z",
  line_count: 2,
}

const lines: PayoutStatementLine[] = [
  {
    ledger_entry_id: "lgent_1",
    order_id: "order_1",
    order_display_id: 12,
    line_item_id: "item_1",
    product_title: "Keripik Pisang; manis",
    variant_title: "250 g",
    bucket: "participants",
    kind: "allocation",
    amount: 6000,
    occurred_at: "2026-11-30T18:00:00.000Z",
  },
  {
    ledger_entry_id: "lgent_2",
    order_id: "order_1",
    order_display_id: 12,
    line_item_id: "item_1",
    product_title: "=HYPERLINK(\"x\")",
    variant_title: null,
    bucket: "participants",
    kind: "reversal",
    amount: -2000,
    occurred_at: "2026-11-10T03:00:00.000Z",
  },
]

describe("statementCsv", () => {
  const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n")

  it("starts with a BOM and has Indonesian headers, one row per line and a total row", () => {
    const csv = statementCsv(statement, lines)
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const [header, first, second, total] = rows(csv)
    expect(header).toBe("Kode peserta;Kohort;Fasilitas;Periode;Tanggal;Nomor pesanan;Produk;Pos bagi hasil;Jenis;Jumlah (Rp)")
    // 30 Nov 18:00 UTC is 1 December in Jakarta.
    expect(first).toBe(
      'KB-PLJ-0042;Lapas Perempuan Palembang — olahan pisang;Lapas Perempuan Kelas IIA Palembang;2026-11;2026-12-01;#12;"Keripik Pisang; manis (250 g)";Bagian peserta;Penjualan;6000'
    )
    expect(second.endsWith(`;"'=HYPERLINK(""x"")";Bagian peserta;Pembatalan/pengembalian dana;-2000`)).toBe(true)
    expect(total).toBe("Total;;;;;;;;;4000")
  })

  it("never carries the private name unless a coordinator asks for it", () => {
    expect(statementCsv(statement, lines)).not.toContain("Ibu Rahasia")
    const [header, first] = rows(statementCsv(statement, lines, { withNames: true }))
    expect(header.split(";")[1]).toBe("Nama peserta (rahasia)")
    expect(first.split(";")[1]).toBe("Ibu Rahasia")
  })

  it("names the file by period and code only", () => {
    expect(statementFileName(statement)).toBe("slip-2026-11-KB-PLJ-0042.csv")
  })
})
