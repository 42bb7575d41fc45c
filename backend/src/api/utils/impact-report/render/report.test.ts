import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { FIGURES, GENERATED_AT } from "./__fixtures__/figures"
import { CSV_HEADER, impactCsv } from "./csv"
import { METHOD_HEADING } from "./method-note"
import { impactPdf } from "./pdf"
import { reportFileName } from "./tables"
import { impactXlsx } from "./xlsx"

/** One CSV line's cells, honouring quotes ("a;b" is one cell, "" is a quote). */
function splitLine(line: string): string[] {
  const cells: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++
    else if (ch === '"') quoted = !quoted
    else if (ch === ";" && !quoted) cells.push(cell), (cell = "")
    else cell += ch
  }
  return [...cells, cell]
}

const csvRows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map(splitLine)

/** [group, indicator] → value, for one section of the CSV. */
const section = (rows: string[][], name: string) => new Map(rows.filter((r) => r[0] === name).map((r) => [`${r[1]}|${r[2]}`, r[3]]))

describe("impactCsv", () => {
  const csv = impactCsv(FIGURES, GENERATED_AT)
  const rows = csvRows(csv)

  it("is UTF-8 with a BOM, ';'-separated, with the header row first", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true)
    expect(rows[0]).toEqual(CSV_HEADER)
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true)
  })

  it("carries every headline figure as it is", () => {
    const headline = section(rows, "Ringkasan")
    const h = FIGURES.headline
    expect(headline.get("|Peserta dilatih")).toBe(String(h.participants_trained))
    expect(headline.get("|Pendapatan peserta (Rp)")).toBe(String(h.allocated_total))
    expect(headline.get("|Dibayarkan ke peserta (Rp)")).toBe(String(h.paid_total))
    expect(headline.get("|Median pendapatan per peserta berpendapatan (Rp)")).toBe(String(h.median_income_per_earner))
    expect(headline.get("|Klien berpendapatan 3 dari 6 bulan (kemandirian)")).toBe("7")
    expect(headline.get("|Pendapatan peserta per rupiah input")).toBe("0,082")
    expect(headline.get("|Kelompok kecil disembunyikan")).toBe("3")
  })

  it("has one row per month and measure, equal to the figures; a withheld median is empty and says so", () => {
    const monthly = rows.filter((r) => r[0] === "Bulanan")
    expect(monthly).toHaveLength(FIGURES.monthly.length * 8)
    for (const m of FIGURES.monthly) {
      const of = (indicator: string) => monthly.find((r) => r[1] === m.month && r[2] === indicator)
      expect(of("Pendapatan peserta (Rp)")?.slice(3)).toEqual(m.allocated === null ? ["", "disembunyikan"] : [String(m.allocated), ""])
      expect(of("Penjualan (Rp)")?.[3]).toBe(String(m.sales))
      expect(of("Input program (Rp)")?.[3]).toBe(String(m.inputs))
      expect(of("Median pendapatan (Rp)")?.slice(3)).toEqual(m.median_income === null ? ["", "disembunyikan"] : [String(m.median_income), ""])
    }
  })

  it("names cohorts, channels and areas in Indonesian, withholds small groups and defuses formulas", () => {
    const cohorts = section(rows, "Per kelompok")
    expect(cohorts.get("Lapas Perempuan Palembang — olahan pisang|Penjualan (Rp)")).toBe("30000000")
    expect(csv).toContain(`"'=Bapas; klien";Pendapatan peserta (Rp);;disembunyikan`)
    expect(cohorts.get("'=Bapas; klien|Unit")).toBe("434")
    expect(section(rows, "Per saluran").get("Titip jual (konsinyasi)|Unit")).toBe("300")
    const areas = rows.filter((r) => r[0] === "Per wilayah" && r[1] === "Ring 1 — Kec. Banyuasin I")
    expect(areas.map((r) => r.slice(2))).toEqual([
      ["Penjualan (Rp)", "5600000", ""],
      ["Unit", "134", ""],
      ["Peserta berpendapatan", "2", ""],
      ["Pendapatan peserta (Rp)", "", "disembunyikan"],
    ])
    const statuses = section(rows, "Per status")
    expect(statuses.get("Klien (pembebasan bersyarat)|Peserta berpendapatan")).toBe("9")
    expect(statuses.get("Klien (pembebasan bersyarat)|Pendapatan peserta (Rp)")).toBe("3500000")
    expect(rows.filter((r) => r[0] === "Per status" && r[1] === "Sudah bebas").map((r) => r.slice(2))).toContainEqual(["Pendapatan peserta (Rp)", "", "disembunyikan"])
  })

  it("states period, filters, method and when it was made", () => {
    expect(rows[1]).toEqual(["Periode", "", "Dari", "2026-06-01", ""])
    expect(rows.some((r) => r[0] === "Filter" && r[2] === "Wilayah: Ring 1 — Kec. Plaju")).toBe(true)
    expect(rows.some((r) => r[0] === "Filter" && r[2] === "Kelompok: Lapas Perempuan Palembang — olahan pisang")).toBe(true)
    const method = rows.filter((r) => r[0] === "Metode").map((r) => r[2])
    expect(method).toEqual(expect.arrayContaining(["Penerima manfaat", "Kelompok kecil", "Kemandirian"]))
    expect(rows.at(-1)?.[3]).toMatch(/^3 Desember 2026.*16\.44 WIB$/)
  })
})

describe("impactXlsx", () => {
  it("reads back with sheets Ringkasan, Bulanan, Per kelompok and Metode holding the same numbers", async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await impactXlsx(FIGURES, GENERATED_AT))
    expect(book.worksheets.map((s) => s.name)).toEqual(["Ringkasan", "Bulanan", "Per kelompok", "Metode"])

    const values = (name: string) => {
      const out: unknown[][] = []
      book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)))
      return out
    }
    const summary = values("Ringkasan")
    expect(summary).toContainEqual(["Pendapatan peserta (Rp)", 12345000])
    expect(summary).toContainEqual(["Peserta berpendapatan", 37])
    expect(summary).toContainEqual(["Periode", "2026-06-01 s.d. 2026-11-30"])

    const monthly = values("Bulanan")
    expect(monthly[1][0]).toBe("Bulan")
    expect(monthly.slice(2)).toEqual(
      FIGURES.monthly.map((m) => [m.month, m.allocated ?? "disembunyikan", m.paid ?? "disembunyikan", m.sales, m.units, m.participants_earned, m.median_income ?? "disembunyikan", m.training_hours, m.inputs])
    )

    const groups = values("Per kelompok")
    expect(groups).toContainEqual(["Lapas Perempuan Palembang — olahan pisang", 30000000, 800, 8000000, 25])
    expect(groups).toContainEqual(["Ring 1 — Kec. Banyuasin I", 5600000, 134, 2, "disembunyikan"])
    expect(groups).toContainEqual(["Klien (pembebasan bersyarat)", 9, 3500000])
    expect(values("Metode")[0]).toEqual([METHOD_HEADING])
  })
})

/** The text pdfkit drew (uncompressed streams): each TJ array's hex strings decoded, one per line. */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1")
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map(([, inner]) => [...inner.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex, "hex").toString("latin1")).join(""))
    .join("\n")
}

describe("impactPdf", () => {
  it("is a PDF with the title, period, headline numbers, months, method heading and the time made", async () => {
    const pdf = await impactPdf(FIGURES, GENERATED_AT, { compress: false })
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = pdfText(pdf)
    expect(text).toContain("Laporan Dampak Program Karya Binaan")
    expect(text).toContain("Periode: 2026-06-01 s.d. 2026-11-30")
    expect(text).toContain("Rp 12.345.000")
    expect(text).toContain("Rp 9.800.000")
    expect(text).toContain("Rp 45.600.000")
    expect(text).toContain("2026-08")
    expect(text).toContain("disembunyikan")
    expect(text).toContain("6. Per status peserta")
    expect(text).toContain(`7. ${METHOD_HEADING}`)
    expect(text).toContain("Kelompok kecil")
    expect(text).toContain("Halaman 1 dari 2")
    expect(text).toMatch(/Dibuat: 3 Desember 2026.*16\.44 WIB/)
  })

  it("compresses when served", async () => {
    const pdf = await impactPdf(FIGURES, GENERATED_AT)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdfText(pdf)).not.toContain("Rp 12.345.000")
  })
})

describe("reportFileName", () => {
  it("names the file by period only", () => {
    expect(reportFileName(FIGURES, "pdf")).toBe("dampak-2026-06-01-2026-11-30.pdf")
  })
})
