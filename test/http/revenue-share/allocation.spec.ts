import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { variantOf } from "../helpers/customers"
import { cohortOrder } from "../helpers/production"
import { coordinatorOf } from "../helpers/coordinators"
import { allocated, capture, placeBankTransferOrder, revenueShares, sum, waitForShares, type OrderRevenue } from "../helpers/revenue-share"

// Products 9 (Bapas tempe: a cohort rule) and 14 (Rutan tali meiwa: another), used by no other suite.
// From a real bank-transfer checkout with a 10% promotion to the operator's
// capture in Medusa Admin, to the ledger entries of every line.
describe("a captured bank-transfer order is shared out line by line", () => {
  let orderId: string
  let shares: OrderRevenue

  beforeAll(async () => {
    const token = await operatorToken()
    const code = unique("HEMAT10").toUpperCase()
    const promo = await api("/admin/promotions", {
      token,
      body: {
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "idr" },
      },
    })
    if (promo.status !== 200) throw new Error(`Creating the promotion failed: ${promo.status} ${JSON.stringify(promo.body)}`)
    const order = await placeBankTransferOrder(
      [
        { variantId: await variantOf(9), quantity: 3 },
        { variantId: await variantOf(14), quantity: 1 },
      ],
      code
    )
    orderId = order.id
  })

  it("allocates nothing before the money is in, everything once captured", async () => {
    expect((await revenueShares(orderId)).lines.flatMap((l) => l.entries)).toEqual([])
    await capture(orderId)
    shares = await waitForShares(orderId, allocated)
    expect(shares.lines).toHaveLength(2)
    for (const line of shares.lines) {
      expect(line.entries.every((e) => e.kind === "allocation" && Number.isInteger(e.amount) && e.amount > 0)).toBe(true)
      expect(sum(line.entries)).toBe(line.net_revenue)
    }
  })

  it("takes each line's net revenue after the discount, before tax, without shipping", async () => {
    const token = await operatorToken()
    const fields = "id,shipping_total,discount_total,item_total,item_tax_total,*items"
    const order = (await api(`/admin/orders/${orderId}?fields=${fields}`, { token })).body.order
    expect(Number(order.discount_total)).toBeGreaterThan(0)
    for (const line of shares.lines) {
      const item = order.items.find((i: { id: string }) => i.id === line.line_item_id)
      const gross = Number(item.unit_price) * Number(item.quantity)
      // 10% off (a 0% tax region: prices are final), whole rupiah.
      expect(line.net_revenue).toBe(Math.round(gross * 0.9))
    }
    // Medusa's item_total is after discounts and includes tax; shipping is apart.
    expect(sum(shares.lines.flatMap((l) => l.entries))).toBe(Number(order.item_total) - Number(order.item_tax_total))
    expect(Number(order.shipping_total)).toBeGreaterThan(0)
  })

  /** The order's line of a cohort, found through that cohort's coordinator view. */
  async function lineOf(handle: string) {
    const view = await cohortOrder(await coordinatorOf(handle), orderId)
    return shares.lines.find((l) => l.line_item_id === view.items[0].id)!
  }

  it("splits by each cohort's own rule", async () => {
    const tempe = await lineOf("bapas-palembang-tempe")
    const basket = await lineOf("rutan-palembang-tali-meiwa")
    expect(tempe.rule?.name).toMatch(/Bapas Palembang/)
    expect(basket.rule?.name).toMatch(/Rutan Palembang/)
    // Rutan: 35% participants, 30% material fund, 20% facility, 15% platform, each within a rupiah.
    const byBucket = (l: typeof basket, b: string) => sum(l.entries.filter((e) => e.bucket === b))
    expect(Math.abs(byBucket(basket, "participants") - basket.net_revenue * 0.35)).toBeLessThan(1)
    expect(Math.abs(byBucket(basket, "facility") - basket.net_revenue * 0.2)).toBeLessThan(1)
    expect(basket.entries.find((e) => e.bucket === "platform")).toEqual(expect.objectContaining({ party_type: "platform", party_label: "Platform" }))
    expect(shares.totals_by_bucket.participants).toBe(byBucket(tempe, "participants") + byBucket(basket, "participants"))
  })

  it("pays the participants who made the units drawn, by their share of each batch's work", async () => {
    for (const handle of ["bapas-palembang-tempe", "rutan-palembang-tali-meiwa"]) {
      const coordinator = await coordinatorOf(handle)
      const view = await cohortOrder(coordinator, orderId)
      const batches = (await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })).body.batches
      const [item] = view.items
      const line = shares.lines.find((l) => l.line_item_id === item.id)!
      expect(item.batches.length).toBeGreaterThan(0)
      // Each maker's exact share: units drawn from a batch × their part of its units.
      const exact = new Map<string, number>()
      for (const draw of item.batches as { batch_id: string; quantity: number }[]) {
        const batch = batches.find((b: { id: string }) => b.id === draw.batch_id)
        const total = batch.contributions.reduce((a: number, c: { units: number }) => a + c.units, 0)
        for (const c of batch.contributions) exact.set(c.participant_id, (exact.get(c.participant_id) ?? 0) + (draw.quantity * c.units) / total)
      }
      const bucket = sum(line.entries.filter((e) => e.bucket === "participants"))
      const people = line.entries.filter((e) => e.bucket === "participants")
      expect(new Set(people.map((e) => e.party_id))).toEqual(new Set([...exact.keys()].filter((id) => exact.get(id)! > 0)))
      for (const e of people) {
        expect(e.party_type).toBe("participant")
        expect(e.party_label).toMatch(/^KB-/)
        expect(Math.abs(e.amount - (bucket * exact.get(e.party_id)!) / item.quantity)).toBeLessThan(1)
      }
    }
  })

  it("shows the coordinator the cohort's earnings, and no other cohort's", async () => {
    const tempe = await coordinatorOf("bapas-palembang-tempe")
    const res = await api(`/coordinator/earnings?cohort_id=${tempe.cohortId}`, { token: tempe.token })
    expect(res.status).toBe(200)
    expect(res.body.orders.map((o: { order_id: string }) => o.order_id)).toContain(orderId)
    const line = await lineOf("bapas-palembang-tempe")
    for (const e of line.entries.filter((x) => x.bucket === "participants")) {
      const person = res.body.participants.find((p: { participant_id: string }) => p.participant_id === e.party_id)
      expect(person).toEqual(expect.objectContaining({ code: e.party_label }))
      expect(person.allocated).toBeGreaterThanOrEqual(e.amount)
      expect(person.net).toBe(person.allocated - person.reversed)
    }
    const rutan = await coordinatorOf("rutan-palembang-tali-meiwa")
    const other = await api(`/coordinator/earnings?cohort_id=${tempe.cohortId}`, { token: rutan.token })
    expect(other.status).toBe(404)
    const bad = await api(`/coordinator/earnings?cohort_id=${tempe.cohortId}&from=kemarin`, { token: tempe.token })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/from tidak valid/)
  })

  it("lists the order's entries in the admin ledger", async () => {
    const res = await api(`/admin/ledger/entries?order_id=${orderId}&limit=100`, { token: await operatorToken() })
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(shares.lines.flatMap((l) => l.entries).length)
    expect(res.body.ledger_entries[0]).toEqual(expect.objectContaining({ order_id: orderId, kind: "allocation", source_id: expect.stringMatching(/^capt_/) }))
    const bad = await api(`/admin/ledger/entries?order=${orderId}`, { token: await operatorToken() })
    expect(bad.status).toBe(400)
  })
})
