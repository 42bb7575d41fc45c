import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { variantOf } from "../helpers/customers"
import { allocated, capture, placeBankTransferOrder, waitForShares } from "../helpers/revenue-share"

const SPLIT = [
  { code: "participants", basis_points: 5000 },
  { code: "material_fund", basis_points: 2000 },
  { code: "facility", basis_points: 1500 },
  { code: "platform", basis_points: 1500 },
]

// Rules made here start in 2030 or later, or sit on channels nobody sells in,
// so other suites' sales keep the seeded rules.
describe("revenue-share rules (operator)", () => {
  let token: string
  let outletChannel: string
  let webChannel: string

  beforeAll(async () => {
    token = await operatorToken()
    const outlet = await api("/admin/sales-channels", { token, body: { name: unique("Outlet Uji"), metadata: { channel: "outlet" } } })
    outletChannel = outlet.body.sales_channel.id
    const web = await api("/admin/sales-channels", { token, body: { name: unique("Kanal Uji") } })
    webChannel = web.body.sales_channel.id
  })

  it("lists the seeded default and per-facility rules with their buckets", async () => {
    const res = await api("/admin/revenue-share-rules", { token })
    expect(res.status).toBe(200)
    const fallback = res.body.revenue_share_rules.find((r: any) => r.cohort_id === null && r.sales_channel_id === null)
    expect(fallback).toEqual(expect.objectContaining({ version: 1, cohort: null, sales_channel: null }))
    expect(fallback.buckets.reduce((a: number, b: any) => a + b.basis_points, 0)).toBe(10_000)
    expect(res.body.revenue_share_rules.filter((r: any) => r.cohort_id).length).toBeGreaterThanOrEqual(2)
  })

  it("refuses buckets that do not sum to 10,000", async () => {
    const res = await api("/admin/revenue-share-rules", {
      token,
      body: { name: "Salah jumlah", sales_channel_id: webChannel, effective_from: "2030-01-01", buckets: [{ code: "participants", basis_points: 6000 }, { code: "platform", basis_points: 3000 }] },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/tepat 10\.000.*9\.000/)
  })

  it("allows the outlet bucket only on an outlet channel", async () => {
    const buckets = [{ code: "outlet", basis_points: 2500 }, { code: "participants", basis_points: 5000 }, { code: "platform", basis_points: 2500 }]
    const off = await api("/admin/revenue-share-rules", { token, body: { name: "Outlet salah", sales_channel_id: webChannel, effective_from: "2030-01-01", buckets } })
    expect(off.status).toBe(400)
    expect(off.body.message).toMatch(/Pos "outlet" hanya untuk aturan pada kanal penjualan outlet/)
    const on = await api("/admin/revenue-share-rules", { token, body: { name: "Uji OUT 25-50-25", sales_channel_id: outletChannel, effective_from: "2026-01-01", buckets } })
    expect(on.status).toBe(201)
    expect(on.body.revenue_share_rule).toEqual(expect.objectContaining({ version: 1, used: false, sales_channel: expect.objectContaining({ is_outlet: true }) }))
  })

  it("refuses a second version of a scope starting the same day", async () => {
    const first = await api("/admin/revenue-share-rules", { token, body: { name: "Kanal uji", sales_channel_id: webChannel, effective_from: "2030-02-01", buckets: SPLIT } })
    expect(first.status).toBe(201)
    const clash = await api(`/admin/revenue-share-rules/${first.body.revenue_share_rule.id}/versions`, { token, body: { effective_from: "2030-02-01", buckets: SPLIT } })
    expect(clash.status).toBe(400)
    expect(clash.body.message).toMatch(/sudah berlaku mulai 2030-02-01/)
    const next = await api(`/admin/revenue-share-rules/${first.body.revenue_share_rule.id}/versions`, { token, body: { effective_from: "2030-03-01", buckets: SPLIT } })
    expect(next.status).toBe(201)
    expect(next.body.revenue_share_rule).toEqual(expect.objectContaining({ version: 2, name: "Kanal uji", sales_channel_id: webChannel }))
    // Unused, so still editable.
    const edited = await api(`/admin/revenue-share-rules/${first.body.revenue_share_rule.id}`, { token, body: { name: "Kanal uji (diubah)" } })
    expect(edited.status).toBe(200)
    expect(edited.body.revenue_share_rule.name).toBe("Kanal uji (diubah)")
  })

  it("never edits a rule that allocated a sale (409) and never back-dates a new version", async () => {
    // Product 6 (Bapas sale pisang: the default rule), used by no other suite.
    const order = await placeBankTransferOrder([{ variantId: await variantOf(6), quantity: 1 }])
    await capture(order.id)
    const shares = await waitForShares(order.id, allocated)
    const rule = shares.lines[0].rule!
    const edit = await api(`/admin/revenue-share-rules/${rule.id}`, { token, body: { buckets: SPLIT } })
    expect(edit.status).toBe(409)
    expect(edit.body.message).toMatch(/sudah dipakai.*Buat versi baru/)
    expect((await api(`/admin/revenue-share-rules/${rule.id}`, { token })).body.revenue_share_rule.used).toBe(true)
    // The list the Admin page reads says the same, and a rule that allocated nothing stays editable.
    const channel = await api("/admin/sales-channels", { token, body: { name: unique("Kanal baru") } })
    const fresh = await api("/admin/revenue-share-rules", { token, body: { name: "Aturan saluran uji", sales_channel_id: channel.body.sales_channel.id, effective_from: "2030-01-01", buckets: SPLIT } })
    const listed = (await api("/admin/revenue-share-rules", { token })).body.revenue_share_rules
    expect(listed.find((r: any) => r.id === rule.id)).toEqual(expect.objectContaining({ used: true }))
    expect(listed.find((r: any) => r.id === fresh.body.revenue_share_rule.id)).toEqual(expect.objectContaining({ used: false }))

    const backdated = await api(`/admin/revenue-share-rules/${rule.id}/versions`, { token, body: { effective_from: "2026-02-01", buckets: SPLIT } })
    expect(backdated.status).toBe(400)
    expect(backdated.body.message).toMatch(/sudah dibagi sampai/)
  })

  it("refuses malformed input with a message", async () => {
    const res = await api("/admin/revenue-share-rules", { token, body: { name: "X", effective_from: "besok", buckets: SPLIT, extra: 1 } })
    expect(res.status).toBe(400)
    const bucket = await api("/admin/revenue-share-rules", { token, body: { name: "X", effective_from: "2030-05-01", buckets: [{ code: "premi", basis_points: 10_000 }] } })
    expect(bucket.status).toBe(400)
    expect(bucket.body.message).toMatch(/Pos harus salah satu dari/)
    expect((await api("/admin/revenue-share-rules/rsrule_tidak_ada", { token })).status).toBe(404)
  })
})
