import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { consignmentRuleBuckets, OUTLETS } from "../../../backend/src/scripts/seed-data/outlets"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { demoOutlet, type DemoOutlet } from "../helpers/outlets"
import { coordinatorOf } from "../helpers/coordinators"
import { allocated, sum, waitForShares } from "../helpers/revenue-share"

// Tas tangan eceng gondok (a cohort without a rule of its own, so the outlet's
// consignment rule applies; no other suite counts its stock): 8 more placed
// at Plaju, 7 reported sold (oldest placement first), the rest returned.
// Its 24 seeded units are batches of 9 and 15, the seed consigns 6 from either
// (undated batches come in no fixed order): 8 always fit in one batch.
const SEED = PRODUCTS.find((p) => p.handle === "tas-tangan-eceng-gondok")!
const SKU = SEED.variants[0].sku
const RETAIL = SEED.variants[0].price
const PLACED = 8
const SOLD = 7

/** A past day no other run of this suite used (reports are one per outlet and period). */
const pastDay = () => `2026-${String(1 + Math.floor(Math.random() * 9)).padStart(2, "0")}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`

type Batch = { id: string; batch_code: string; remaining_quantity: number; sku: string; contributions: { participant_id: string; units: number | null }[] }

describe("consignment at a partner outlet", () => {
  let plaju: DemoOutlet
  let gerong: DemoOutlet
  let operator: string
  let coordinator: { token: string; cohortId: string }
  let batch: Batch
  let placementId: string
  let consignmentChannelId: string

  const openAtPlaju = async () => {
    const res = await api("/outlet/consignments", { token: plaju.token })
    return res.body.consignments.find((c: { placement_id: string }) => c.placement_id === placementId)
  }
  const batchNow = async () => (await api(`/coordinator/batches/${batch.id}`, { token: coordinator.token })).body.batch as Batch

  beforeAll(async () => {
    ;[plaju, gerong, operator] = await Promise.all([demoOutlet(0), demoOutlet(1), operatorToken()])
    coordinator = await coordinatorOf(SEED.cohort)
    const batches = await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })
    batch = batches.body.batches.find((b: Batch) => b.sku === SKU && b.remaining_quantity >= PLACED && !("is_expired" in b && (b as { is_expired: boolean }).is_expired))
    const outlets = await api("/admin/outlets", { token: operator })
    consignmentChannelId = outlets.body.outlets.find((o: { id: string }) => o.id === plaju.id).consignment_sales_channel_id
  })

  it("lets the cohort's coordinator place batch units at the outlet, out of the batch and the online stock", async () => {
    const before = batch.remaining_quantity
    const placed = await api("/coordinator/consignments", { token: coordinator.token, body: { outlet_id: plaju.id, batch_id: batch.id, quantity: PLACED } })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    placementId = placed.body.placement.id
    expect((await batchNow()).remaining_quantity).toBe(before - PLACED)
    expect(await openAtPlaju()).toMatchObject({ sku: SKU, batch_code: batch.batch_code, placed: PLACED, sold: 0, returned: 0, open: PLACED })
    // Another outlet's buyer never sees it.
    const other = await api("/outlet/consignments", { token: gerong.token })
    expect(other.body.consignments.map((c: { placement_id: string }) => c.placement_id)).not.toContain(placementId)
    // Another cohort's coordinator can't place this batch.
    const stranger = await coordinatorOf("rutan-palembang-tali-meiwa")
    const refused = await api("/coordinator/consignments", { token: stranger.token, body: { outlet_id: plaju.id, batch_id: batch.id, quantity: 1 } })
    expect(refused.status).toBe(404)
  })

  it("turns a sell-through report into a paid sale drawn from the placed batches, allocated to the rupiah with the outlet's commission", async () => {
    const day = pastDay()
    const variantId = plaju.catalog.get(SKU)!.id
    const tooMany = await api("/outlet/consignment-reports", {
      token: plaju.token,
      body: { period_start: day, period_end: day, lines: [{ variant_id: variantId, quantity: 100_000 }] },
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.message).toContain(`Barang titipan ${SKU} di outlet tinggal`)
    expect(tooMany.body.problems).toEqual([{ code: "consignment_short", variant_id: variantId, sku: SKU, available: expect.any(Number), reported: 100_000 }])

    type Row = { placement_id: string; sku: string; batch_code: string; sold: number; open: number }
    const stock = async () => ((await api("/outlet/consignments", { token: plaju.token })).body.consignments as Row[]).filter((r) => r.sku === SKU)
    const before = await stock()
    const res = await api("/outlet/consignment-reports", { token: plaju.token, body: { period_start: day, period_end: day, lines: [{ variant_id: variantId, quantity: SOLD }] } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const orderId = res.body.report.order_id
    const again = await api("/outlet/consignment-reports", { token: plaju.token, body: { period_start: day, period_end: day, lines: [{ variant_id: variantId, quantity: 1 }] } })
    expect(again.status).toBe(400)
    expect(again.body.message).toBe("Laporan penjualan untuk periode ini sudah dikirim")
    expect(again.body.problems).toEqual([{ code: "report_exists", period_start: day, period_end: day }])

    // Sold at the shop's retail price, in the consignment channel, paid at once.
    const order = await api(`/admin/orders/${orderId}?fields=sales_channel_id,payment_status,metadata,*items`, { token: operator })
    expect(order.body.order).toMatchObject({ sales_channel_id: consignmentChannelId, payment_status: "captured" })
    expect(order.body.order.items).toHaveLength(1)
    expect(order.body.order.items[0]).toMatchObject({ variant_sku: SKU, quantity: SOLD, unit_price: RETAIL })

    // Drawn from the placed batches (first expiry first): the placements' sales and the line's draws agree.
    const after = await stock()
    const drawn = after
      .map((r) => ({ batch_code: r.batch_code, quantity: r.sold - (before.find((b) => b.placement_id === r.placement_id)?.sold ?? 0) }))
      .filter((d) => d.quantity > 0)
    expect(sum(drawn.map((d) => ({ amount: d.quantity })))).toBe(SOLD)
    // Each drawn batch's recall list names the sale; the coordinator's packing list doesn't (handed over already).
    for (const d of drawn) {
      const b = ((await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })).body.batches as Batch[]).find((x) => x.batch_code === d.batch_code)!
      const recall = await api(`/coordinator/batches/${b.id}/recall`, { token: coordinator.token })
      expect(recall.body.orders.map((o: { order_id: string }) => o.order_id), d.batch_code).toContain(orderId)
    }
    const packing = await api(`/coordinator/orders?cohort_id=${coordinator.cohortId}&limit=100`, { token: coordinator.token })
    expect(packing.body.orders.map((o: { id: string }) => o.id)).not.toContain(orderId)

    const shares = await waitForShares(orderId, allocated)
    const entries = shares.lines.flatMap((l) => l.entries)
    const net = SOLD * RETAIL
    expect(sum(entries)).toBe(net)
    const byBucket = (bucket: string) => entries.filter((e) => e.bucket === bucket)
    for (const { code, basis_points } of consignmentRuleBuckets(OUTLETS[0].consignment_commission_bp)) {
      // Basis points of Rp 525.000 are whole rupiah here: each bucket is exact.
      expect(sum(byBucket(code)), code).toBe((net * basis_points) / 10_000)
    }
    expect(byBucket("outlet")).toEqual([expect.objectContaining({ party_type: "outlet", party_id: consignmentChannelId, amount: (net * OUTLETS[0].consignment_commission_bp) / 10_000 })])

    // The participants' share goes to the people who made the drawn batches, by units made.
    const batches = (await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })).body.batches as Batch[]
    const expected = new Map<string, number>()
    const participantsShare = sum(byBucket("participants"))
    for (const d of drawn) {
      const b = batches.find((x) => x.batch_code === d.batch_code)!
      const made = b.contributions.reduce((a, c) => a + (c.units ?? 0), 0)
      for (const c of b.contributions) {
        expected.set(c.participant_id, (expected.get(c.participant_id) ?? 0) + (participantsShare * d.quantity * (c.units ?? 0)) / (SOLD * made))
      }
    }
    const got = new Map<string, number>()
    for (const e of byBucket("participants")) got.set(e.party_id, (got.get(e.party_id) ?? 0) + e.amount)
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [participant, amount] of expected) expect(Math.abs(got.get(participant)! - amount), participant).toBeLessThan(1)
  })

  it("returns unsold units to the cohort: back in the batch, off the outlet", async () => {
    const before = (await batchNow()).remaining_quantity
    const mine = await openAtPlaju()
    const tooMany = await api(`/admin/consignments/${placementId}/return`, { token: operator, body: { quantity: mine.open + 1 } })
    expect(tooMany.status).toBe(400)
    const back = await api(`/admin/consignments/${placementId}/return`, { token: operator, body: { quantity: mine.open } })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(await openAtPlaju()).toMatchObject({ returned: mine.open, open: 0 })
    expect((await batchNow()).remaining_quantity).toBe(before + mine.open)
  })

  it("runs reports and returns at one outlet one after another: a duplicate report is refused, sold and returned never pass placed", async () => {
    type Row = { placement_id: string; sku: string; placed: number; sold: number; returned: number; open: number }
    const stock = async () => ((await api("/outlet/consignments", { token: plaju.token })).body.consignments as Row[]).filter((r) => r.sku === SKU)
    const variantId = plaju.catalog.get(SKU)!.id
    const used = new Set((await api("/outlet/consignment-reports", { token: plaju.token })).body.reports.map((r: { period_start: string }) => r.period_start.slice(0, 10)))
    const freshDay = () => {
      for (;;) {
        const day = pastDay()
        // Stored as the start of the day in WIB, i.e. the previous day in UTC: skip both.
        const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
        if (!used.has(day) && !used.has(before)) return used.add(day), day
      }
    }
    const batches = (await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })).body.batches as Batch[]
    const fullest = batches.filter((b) => b.sku === SKU).sort((a, b) => b.remaining_quantity - a.remaining_quantity)[0]
    const placed = await api("/coordinator/consignments", { token: coordinator.token, body: { outlet_id: plaju.id, batch_id: fullest.id, quantity: 2 } })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const fresh = placed.body.placement.id as string

    // The same report twice at the same moment: one sale, one clear refusal.
    const day = freshDay()
    const soldBefore = (await stock()).reduce((a, r) => a + r.sold, 0)
    const report = { period_start: day, period_end: day, lines: [{ variant_id: variantId, quantity: 1 }] }
    const twice = await Promise.all([1, 2].map(() => api("/outlet/consignment-reports", { token: plaju.token, body: report })))
    expect(twice.map((r) => r.status).sort(), JSON.stringify(twice.map((r) => r.body))).toEqual([201, 400])
    expect(twice.find((r) => r.status === 400)!.body.message).toBe("Laporan penjualan untuk periode ini sudah dikirim")
    const reports = (await api("/outlet/consignment-reports", { token: plaju.token })).body.reports as { order_id: string | null; period_start: string }[]
    const ofDay = reports.filter((r) => r.order_id === twice.find((x) => x.status === 201)!.body.report.order_id)
    expect(ofDay).toHaveLength(1)
    expect((await stock()).reduce((a, r) => a + r.sold, 0)).toBe(soldBefore + 1)

    // Report every open unit while returning the new placement's: whichever runs
    // second finds the units gone and is refused; no placement goes below zero.
    const rows = await stock()
    const open = rows.reduce((a, r) => a + r.open, 0)
    const back = rows.find((r) => r.placement_id === fresh)!.open
    expect(back).toBeGreaterThan(0)
    const sellAll = freshDay()
    const [sale, ret] = await Promise.all([
      api("/outlet/consignment-reports", { token: plaju.token, body: { period_start: sellAll, period_end: sellAll, lines: [{ variant_id: variantId, quantity: open }] } }),
      api(`/admin/consignments/${fresh}/return`, { token: operator, body: { quantity: back } }),
    ])
    expect([sale.status, ret.status].sort(), JSON.stringify([sale.body, ret.body])).toEqual(sale.status === 201 ? [201, 400] : [200, 400])
    const after = await stock()
    for (const r of after) {
      expect(r.open, r.placement_id).toBeGreaterThanOrEqual(0)
      expect(r.sold + r.returned, r.placement_id).toBeLessThanOrEqual(r.placed)
    }
    expect(after.reduce((a, r) => a + r.open, 0)).toBe(sale.status === 201 ? 0 : open - back)
  })

  it("answers consignment routes only for the outlet's buyers", async () => {
    expect((await api("/outlet/consignments")).status).toBe(401)
    expect((await api("/outlet/consignment-reports", { body: { period_start: "2026-01-01", period_end: "2026-01-01", lines: [] } })).status).toBe(401)
  })
})
