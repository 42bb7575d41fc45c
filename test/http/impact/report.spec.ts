import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { getCsv, operatorToken, parseCsv } from "../helpers/payouts"

const FORMATS = ["csv", "xlsx", "pdf"] as const
const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
}

/** The CSV's rows of one section as "group|indicator" → value. */
const section = (rows: string[][], name: string) => new Map(rows.filter((r) => r[0] === name).map((r) => [`${r[1]}|${r[2]}`, r[3]]))

// The sponsor report downloads: operators for every cohort, coordinators for
// their own, nobody else; the files carry the same figures as the figures route.
describe("impact report downloads", () => {
  let operator: string
  let a: DemoCoordinator
  let b: DemoCoordinator

  beforeAll(async () => {
    ;[operator, a, b] = await Promise.all([operatorToken(), demoCoordinator(0), demoCoordinator(1)])
  })

  it("refuses an anonymous caller, a coordinator on /admin and the operator on /coordinator with 401", async () => {
    for (const format of FORMATS) {
      for (const base of ["/admin", "/coordinator"]) expect((await api(`${base}/impact/report.${format}`)).status, `${base} ${format}`).toBe(401)
      expect((await api(`/admin/impact/report.${format}`, { token: a.token })).status).toBe(401)
      expect((await api(`/coordinator/impact/report.${format}`, { token: operator })).status).toBe(401)
    }
  })

  it("answers a bad query with 400 and a message a person can act on", async () => {
    const channel = await api("/admin/impact/report.csv?channel=kapal", { token: operator })
    expect(channel.status).toBe(400)
    expect(channel.body.message).toMatch(/channel/)
    const order = await api("/admin/impact/report.pdf?from=2026-11-30&to=2026-06-01", { token: operator })
    expect(order.status).toBe(400)
    expect(order.body.message).toMatch(/from/)
    expect((await api("/admin/impact/report.xlsx?from=2026-02-30", { token: operator })).status).toBe(400)
    expect((await api("/admin/impact/report.csv?warna=merah", { token: operator })).status).toBe(400)
  })

  it("serves the CSV with the figures route's numbers for the same query, named for the period", async () => {
    const query = "from=2026-01-01&to=2026-12-31&area=plaju"
    const figures = (await api(`/admin/impact/figures?${query}`, { token: operator })).body.figures
    const res = await getCsv(`/admin/impact/report.csv?${query}`, operator)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(CONTENT_TYPES.csv)
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="dampak-2026-01-01-2026-12-31.csv"`)
    expect(res.headers.get("cache-control")).toBe("private, no-store")
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(res.text)
    expect(rows[0]).toEqual(["Bagian", "Kelompok", "Indikator", "Nilai", "Keterangan"])
    expect(rows).toContainEqual(["Filter", "", "Wilayah: Ring 1 — Kec. Plaju", "", ""])
    const headline = section(rows, "Ringkasan")
    const value = (n: number | null) => (n === null ? "" : String(n))
    expect(headline.get("|Peserta berpendapatan")).toBe(value(figures.headline.participants_earned))
    expect(headline.get("|Pendapatan peserta (Rp)")).toBe(value(figures.headline.allocated_total))
    expect(headline.get("|Penjualan (Rp)")).toBe(value(figures.headline.sales_total))
    expect(rows.filter((r) => r[0] === "Bulanan" && r[2] === "Penjualan (Rp)").map((r) => [r[1], r[3]])).toEqual(
      figures.monthly.map((m: { month: string; sales: number }) => [m.month, String(m.sales)])
    )
  })

  it("serves the XLSX and the PDF with their content types and file names", async () => {
    for (const format of ["xlsx", "pdf"] as const) {
      const res = await fetch(`${process.env.BACKEND_URL}/admin/impact/report.${format}?from=2026-07-01&to=2026-09-30`, { headers: { authorization: `Bearer ${operator}` } })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe(CONTENT_TYPES[format])
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="dampak-2026-07-01-2026-09-30.${format}"`)
      const raw = await res.arrayBuffer()
      const bytes = Buffer.from(raw)
      if (format === "pdf") expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
      else {
        const book = new ExcelJS.Workbook()
        await book.xlsx.load(raw)
        expect(book.worksheets.map((s) => s.name)).toEqual(["Ringkasan", "Bulanan", "Per kelompok", "Metode"])
      }
    }
  })

  it("gives a coordinator their own cohorts only: another cohort's id is 404, the whole report names none of theirs", async () => {
    for (const format of FORMATS) {
      const own = await fetch(`${process.env.BACKEND_URL}/coordinator/impact/report.${format}?cohort_id=${a.cohortId}`, { headers: { authorization: `Bearer ${a.token}` } })
      expect(own.status, format).toBe(200)
      expect(own.headers.get("content-type")).toBe(CONTENT_TYPES[format])
      expect((await api(`/coordinator/impact/report.${format}?cohort_id=${b.cohortId}`, { token: a.token })).status).toBe(404)
    }
    const all = parseCsv((await getCsv("/coordinator/impact/report.csv", a.token)).text)
    const cohorts = new Set(all.filter((r) => r[0] === "Per kelompok").map((r) => r[1]))
    const names = (await api("/admin/cohorts?fields=id,name&limit=100", { token: operator })).body.cohorts as { id: string; name: string }[]
    const nameOf = (id: string) => names.find((c) => c.id === id)?.name
    expect([...cohorts].every((name) => name === nameOf(a.cohortId))).toBe(true)
    expect(cohorts.has(nameOf(b.cohortId)!)).toBe(false)
  })
})
