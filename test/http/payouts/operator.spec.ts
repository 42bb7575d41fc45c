import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { getCsv, capturedSale, jakartaThisMonth, jakartaToday, parseCsv, payableShares, runPayout, statementsOfOrder } from "../helpers/payouts"
import type { OrderRevenue } from "../helpers/revenue-share"

// Products 12 (Rutan tali meiwa) and 17 (Lapas eceng gondok), used by no other suite.
// From a real bank-transfer checkout, the operator's capture and its allocation
// to a payout run for the month, the CSV, and the facility's payment.
describe("the operator pays a month's revenue shares out", () => {
  let token: string
  let orderId: string
  let shares: OrderRevenue
  let statements: any[]

  beforeAll(async () => {
    token = await operatorToken()
    ;({ orderId, shares } = await capturedSale([12, 17]))
  })

  it("gathers the sale's participant and material-fund shares into one statement per party", async () => {
    const res = await runPayout({ period: jakartaThisMonth() })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.payout_run.period).toBe(jakartaThisMonth())
    statements = await statementsOfOrder(res.body.payout_run.statements, orderId, token)

    const expected = payableShares(shares)
    expect(expected.some((e) => e.bucket === "participants")).toBe(true)
    const got = statements.flatMap((s) =>
      s.lines.filter((l: any) => l.order_id === orderId).map((l: any) => ({ line_item_id: l.line_item_id, bucket: l.bucket, party_type: s.party_type, party_id: s.party_id, amount: l.amount }))
    )
    const key = (e: { line_item_id: string; bucket: string; party_id: string }) => `${e.line_item_id}|${e.bucket}|${e.party_id}`
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))))
    // Two cohorts: each has its own statements, one per party, totals summed from their lines.
    expect(new Set(statements.map((s) => s.cohort_id)).size).toBe(2)
    expect(new Set(statements.map((s) => `${s.party_type}:${s.party_id}`)).size).toBe(statements.length)
    for (const s of statements) {
      expect(s.total).toBe(s.lines.reduce((sum: number, l: any) => sum + l.amount, 0))
      expect(s.status).toBe("unpaid")
      if (s.party_type === "participant") expect(s.party_label).toMatch(/^KB-[A-Z]{3}-\d{4}$/)
      // Operators see codes, never the private names.
      expect(s).not.toHaveProperty("display_name")
    }
  })

  it("lists the run with its statements", async () => {
    const runs = await api("/admin/payouts", { token })
    expect(runs.status).toBe(200)
    const run = runs.body.payout_runs.find((r: any) => r.id === statements[0].run_id)
    expect(run).toEqual(expect.objectContaining({ period: jakartaThisMonth(), paid_count: 0 }))
    const one = await api(`/admin/payouts/${run.id}`, { token })
    expect(one.body.payout_run.statements.map((s: any) => s.id)).toEqual(expect.arrayContaining(statements.map((s) => s.id)))
    expect((await api("/admin/payouts?status=paid", { token })).status).toBe(400)
    expect((await api("/admin/payouts/payrun_unknown", { token })).status).toBe(404)
  })

  it("gives a participant's statement as an Indonesian CSV for Excel, with a total row and no name", async () => {
    const s = statements.find((x) => x.party_type === "participant")
    const csv = await getCsv(`/admin/payout-statements/${s.id}/csv`, token)
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/)
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="slip-${jakartaThisMonth()}-${s.party_label}.csv"`)
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(csv.text)
    expect(rows[0]).toEqual(["Kode peserta", "Kohort", "Fasilitas", "Periode", "Tanggal", "Nomor pesanan", "Produk", "Pos bagi hasil", "Jenis", "Jumlah (Rp)"])
    const body = rows.slice(1, -1)
    expect(body).toHaveLength(s.lines.length)
    const display = (await api(`/admin/orders/${orderId}?fields=display_id`, { token })).body.order.display_id
    const ours = body.filter((r) => r[5] === `#${display}`)
    expect(ours.length).toBeGreaterThan(0)
    for (const r of ours) {
      expect(r[0]).toBe(s.party_label)
      expect(r[3]).toBe(jakartaThisMonth())
      expect(r[7]).toBe("Bagian peserta")
      expect(r[8]).toBe("Penjualan")
    }
    expect(rows.at(-1)![0]).toBe("Total")
    expect(Number(rows.at(-1)!.at(-1))).toBe(s.total)
    expect(body.reduce((sum, r) => sum + Number(r.at(-1)), 0)).toBe(s.total)
  })

  it("marks a statement paid once with reference, date and operator; a second time is 409 with a message", async () => {
    const s = statements.find((x) => x.party_type === "participant")
    const body = { reference: "BRI-TRF-20261130-01", paid_at: jakartaToday() }
    const paid = await api(`/admin/payout-statements/${s.id}/mark-paid`, { token, body })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    expect(paid.body.payout_statement).toEqual(
      expect.objectContaining({ status: "paid", paid_reference: body.reference, paid_by_type: "user", total: s.total })
    )
    expect(paid.body.payout_statement.paid_by).toMatch(/^user_/)

    const again = await api(`/admin/payout-statements/${s.id}/mark-paid`, { token, body: { reference: "LAIN-02", paid_at: jakartaToday() } })
    expect(again.status).toBe(409)
    expect(again.body.message).toContain("sudah dibayar (referensi BRI-TRF-20261130-01")
    const after = await api(`/admin/payout-statements/${s.id}`, { token })
    expect(after.body.payout_statement).toEqual(expect.objectContaining({ paid_reference: body.reference, total: s.total }))
    expect(after.body.payout_statement.lines).toEqual(s.lines)
  })

  it("refuses a payment without a reference or with unknown fields, with a message", async () => {
    const s = statements.find((x) => x.party_type === "cohort") ?? statements[1]
    const noRef = await api(`/admin/payout-statements/${s.id}/mark-paid`, { token, body: { paid_at: jakartaToday() } })
    expect(noRef.status).toBe(400)
    expect(noRef.body.message).toMatch(/reference/)
    const extra = await api(`/admin/payout-statements/${s.id}/mark-paid`, { token, body: { reference: "ABC-1", paid_at: jakartaToday(), total: 1 } })
    expect(extra.status).toBe(400)
    expect((await api(`/admin/payout-statements/${s.id}`, { token })).body.payout_statement.status).toBe("unpaid")
  })

  it("never puts the same entries in a second run", async () => {
    const res = await runPayout({ period: jakartaThisMonth() })
    expect([200, 201]).toContain(res.status)
    if (res.status === 200) {
      expect(res.body.payout_run).toBeNull()
      expect(res.body.message).toMatch(/Tidak ada bagi hasil yang belum dibayar/)
    } else {
      expect(await statementsOfOrder(res.body.payout_run.statements, orderId, token)).toEqual([])
    }
  })
})
