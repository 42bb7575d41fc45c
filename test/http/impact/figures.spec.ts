import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { coordinatorOf, DEMO_COORDINATORS, type DemoCoordinator } from "../helpers/coordinators"
import { allocated, capture, placeBankTransferOrder, sum, waitForShares, type OrderRevenue } from "../helpers/revenue-share"

/**
 * Impact figures (issue 17) against the ledger: an order placed, captured and
 * refunded here moves the figures by exactly what its ledger entries say,
 * computed here from GET /admin/orders/:id/revenue-shares, not by the figures code.
 */

// A product nobody else's suite orders by this index; its cohort is "cohort A" here.
const PRODUCT = 10
const jakartaToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

type Figures = Record<string, any>
let operator: string
let cohortA: DemoCoordinator
let cohortB: DemoCoordinator
let variantId: string

async function figures(query: Record<string, string>, token = operator, base = "/admin/impact/figures"): Promise<Figures> {
  const res = await api(`${base}?${new URLSearchParams(query)}`, { token })
  if (res.status !== 200) throw new Error(`${base} answered ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.figures
}

const entriesOf = (r: OrderRevenue, bucket?: string) => r.lines.flatMap((l) => l.entries.filter((e) => !bucket || e.bucket === bucket))

beforeAll(async () => {
  operator = await operatorToken()
  const seed = PRODUCTS[PRODUCT]
  const res = await api(`/store/products?handle=${seed.handle}&fields=variants.id,variants.sku,*cohort`)
  const product = res.body.products[0]
  variantId = product.variants.find((v: { sku: string }) => v.sku === seed.variants[0].sku).id
  cohortA = await coordinatorOf(product.cohort.handle)
  const other = DEMO_COORDINATORS.find((c) => c.cohortHandle && c.cohortHandle !== product.cohort.handle)!
  cohortB = await coordinatorOf(other.cohortHandle!)
})

describe("impact figures follow the ledger", () => {
  it("an order captured then refunded moves sales, units and income by its ledger entries", async () => {
    const today = jakartaToday()
    const q = { from: today, to: today, cohort_id: cohortA.cohortId }
    const before = await figures(q)

    const order = await placeBankTransferOrder([{ variantId, quantity: 2 }])
    await capture(order.id)
    const shares = await waitForShares(order.id, allocated)
    const saleTotal = sum(entriesOf(shares))
    const toParticipants = sum(entriesOf(shares, "participants"))
    expect(saleTotal).toBeGreaterThan(0)

    const after = await figures(q)
    expect(after.headline.sales_total - before.headline.sales_total).toBe(saleTotal)
    expect(Number.isInteger(after.headline.units)).toBe(true)
    expect(after.headline.units - before.headline.units).toBe(2)
    const online = (f: Figures) => f.by_channel.find((c: any) => c.channel === "online")
    expect(online(after).sales - online(before).sales).toBe(saleTotal)
    const cohortRow = (f: Figures) => f.by_cohort.find((c: any) => c.cohort_id === cohortA.cohortId)
    expect(cohortRow(after).sales - (cohortRow(before)?.sales ?? 0)).toBe(saleTotal)
    // Participants' money: exact when shown, suppressed (null) only under five earners.
    if (after.headline.allocated_total !== null && before.headline.allocated_total !== null) {
      expect(after.headline.allocated_total - before.headline.allocated_total).toBe(toParticipants)
    } else {
      expect(after.headline.participants_earned).toBeLessThan(5)
      expect(after.headline.median_income_per_earner).toBeNull()
    }
    // Sums by month add up to the headline.
    expect(sum(after.monthly.map((m: any) => ({ amount: m.sales })))).toBe(after.headline.sales_total)
    // Never a participant id in a figures answer.
    expect(JSON.stringify(after)).not.toMatch(/ptcp_/)

    // A full refund takes it all back, units too.
    const payment = (await api(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, { token: operator })).body.order.payment_collections[0].payments[0]
    const refunded = await api(`/admin/payments/${payment.id}/refund`, { token: operator, body: { amount: Number(payment.amount) } })
    expect(refunded.status).toBe(200)
    await waitForShares(order.id, (r) => sum(entriesOf(r)) === 0)
    const undone = await figures(q)
    expect(undone.headline.sales_total).toBe(before.headline.sales_total)
    expect(undone.headline.units).toBe(before.headline.units)
  })

  it("a training and a programme input count once, and go when removed", async () => {
    const today = jakartaToday()
    const q = { from: today, to: today, cohort_id: cohortA.cohortId }
    const made = await Promise.all(
      [1, 2].map(() => api("/coordinator/participants", { token: cohortA.token, body: { cohort_id: cohortA.cohortId, display_name: unique("Peserta") } }))
    )
    const codes = made.map((r) => r.body.participant.code as string)
    const before = await figures(q)

    const training = await api("/coordinator/trainings", {
      token: cohortA.token,
      body: { cohort_id: cohortA.cohortId, kind: "training", skill_line: "food_safety", title: "Keamanan pangan P-IRT", held_on: today, place: "Sentra Kuliner Plaju", trainer_org: "Dinkes Kota Palembang", hours: 3.5, participant_codes: codes },
    })
    expect(training.status).toBe(201)
    expect(training.body.training).toMatchObject({ attendee_count: 2, hours: 3.5, participant_codes: [...codes].sort() })
    const input = await api("/admin/impact/inputs", { token: operator, body: { month: today.slice(0, 7), kind: "equipment", amount: 2_500_000, note: "Kompor dan wajan" } })
    expect(input.status).toBe(201)

    const after = await figures(q)
    expect(after.headline.training_hours - before.headline.training_hours).toBe(3.5)
    expect(after.headline.participants_trained - before.headline.participants_trained).toBe(2)
    expect(after.headline.trainings - before.headline.trainings).toBe(1)
    expect(after.headline.programme_input_total - before.headline.programme_input_total).toBe(2_500_000)

    // The trainings list: the coordinator sees it with codes; coordinator B's list does not hold it.
    const listA = await api(`/coordinator/trainings?cohort_id=${cohortA.cohortId}`, { token: cohortA.token })
    expect(listA.body.trainings.map((t: any) => t.id)).toContain(training.body.training.id)
    const listB = await api("/coordinator/trainings", { token: cohortB.token })
    expect(listB.body.trainings.map((t: any) => t.id)).not.toContain(training.body.training.id)
    // Coordinator B cannot remove it: it answers like one that does not exist.
    expect((await api(`/coordinator/trainings/${training.body.training.id}`, { method: "DELETE", token: cohortB.token })).status).toBe(404)

    expect((await api(`/coordinator/trainings/${training.body.training.id}`, { method: "DELETE", token: cohortA.token })).status).toBe(200)
    expect((await api(`/admin/impact/inputs/${input.body.input.id}`, { method: "DELETE", token: operator })).status).toBe(200)
    const removed = await figures(q)
    expect(removed.headline.training_hours).toBe(before.headline.training_hours)
    expect(removed.headline.programme_input_total).toBe(before.headline.programme_input_total)
  })
})

describe("who may record and read what", () => {
  it("a training naming codes of another cohort is refused with those codes", async () => {
    const others = await api(`/coordinator/participants?cohort_id=${cohortB.cohortId}`, { token: cohortB.token })
    const foreign = others.body.participants[0].code as string
    const res = await api("/coordinator/trainings", {
      token: cohortA.token,
      body: { cohort_id: cohortA.cohortId, skill_line: "business", title: "Pembukuan", held_on: jakartaToday(), place: "Lapas", trainer_org: "Pertamina", hours: 2, participant_codes: [foreign, "KB-XXX-9999"] },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain(foreign)
    expect(res.body.message).toContain("KB-XXX-9999")
  })

  it("coordinator A cannot record for cohort B, nor read B's figures", async () => {
    const res = await api("/coordinator/trainings", {
      token: cohortA.token,
      body: { cohort_id: cohortB.cohortId, skill_line: "business", title: "Pembukuan", held_on: jakartaToday(), place: "Lapas", trainer_org: "Pertamina", hours: 2, participant_codes: [] },
    })
    expect(res.status).toBe(404)
    const figuresB = await api(`/coordinator/impact/figures?cohort_id=${cohortB.cohortId}`, { token: cohortA.token })
    expect(figuresB.status).toBe(404)
    // Without a cohort_id: only A's own cohorts.
    const own = await figures({}, cohortA.token, "/coordinator/impact/figures")
    expect(own.by_cohort.map((c: any) => c.cohort_id)).not.toContain(cohortB.cohortId)
    expect(own.by_cohort.map((c: any) => c.cohort_id)).toContain(cohortA.cohortId)
  })

  it("bad input is a 400 a person can act on", async () => {
    const hours = await api("/admin/impact/trainings", {
      token: operator,
      body: { cohort_id: cohortA.cohortId, skill_line: "menjahit", title: "x", held_on: "2026-02-30", place: "x", trainer_org: "x", hours: 0 },
    })
    expect(hours.status).toBe(400)
    expect(hours.body.message).toMatch(/skill_line|held_on|hours/)
    const period = await api("/admin/impact/figures?from=2026-11-30&to=2026-11-01", { token: operator })
    expect(period.status).toBe(400)
    expect(period.body.message).toMatch(/from/)
    const amount = await api("/admin/impact/inputs", { token: operator, body: { month: "2026-13", kind: "equipment", amount: -5 } })
    expect(amount.status).toBe(400)
  })

  it("profiles: a coordinator sets their own participant's, not B's; the operator moves a released one to Bapas", async () => {
    const mine = await api("/coordinator/participants", { token: cohortA.token, body: { cohort_id: cohortA.cohortId, display_name: unique("Peserta") } })
    const id = mine.body.participant.id
    const set = await api(`/coordinator/participants/${id}/profile`, { token: cohortA.token, body: { status: "released", area: "plaju", joined_on: "2026-06-01" } })
    expect(set.status).toBe(200)
    expect(set.body.participant).toMatchObject({ status: "released", area: "plaju", joined_on: "2026-06-01" })
    expect((await api(`/coordinator/participants/${id}/profile`, { token: cohortB.token, body: { area: "other" } })).status).toBe(404)
    const backwards = await api(`/coordinator/participants/${id}/profile`, { token: cohortA.token, body: { left_on: "2026-01-01" } })
    expect(backwards.status).toBe(400)

    const list = async (type: string) => (await api(`/admin/cohorts?facility_type=${type}&limit=5&fields=id`, { token: operator })).body.cohorts as { id: string }[]
    const [bapas] = await list("bapas")
    const [lapas] = await list("lapas")
    const moved = await api(`/admin/participants/${id}/move`, { token: operator, body: { cohort_id: bapas.id } })
    expect(moved.status).toBe(200)
    expect(moved.body.participant).toMatchObject({ id, code: mine.body.participant.code, cohort_id: bapas.id })
    const notBapas = await api(`/admin/participants/${id}/move`, { token: operator, body: { cohort_id: lapas.id } })
    expect(notBapas.status).toBe(400)
    expect(notBapas.body.message).toMatch(/Bapas/)
  })
})

describe("GET /store/impact", () => {
  it("carries aggregates only: no participant code, id or name, for the programme and for a cohort", async () => {
    const participants = await api(`/coordinator/participants?cohort_id=${cohortA.cohortId}`, { token: cohortA.token })
    const people = participants.body.participants as { id: string; code: string; display_name: string | null }[]
    expect(people.length).toBeGreaterThan(0)
    for (const path of ["/store/impact", `/store/impact?cohort_handle=${cohortA.cohortHandle}`]) {
      const res = await api(path)
      expect(res.status).toBe(200)
      const text = JSON.stringify(res.body)
      expect(text).not.toMatch(/ptcp_|KB-[A-Z]{3}-\d{4}/)
      for (const p of people) {
        expect(text).not.toContain(p.code)
        if (p.display_name) expect(text).not.toContain(`"${p.display_name}"`)
      }
      expect(Object.keys(res.body.impact.headline)).not.toContain("paid_total")
      expect(res.body.impact.method.min_group).toBe(5)
    }
    expect((await api("/store/impact?cohort_handle=tidak-ada")).status).toBe(404)
    expect((await api("/store/impact", { publishable: false })).status).toBe(400)
  })

  it("is served from the cache and refreshed when a capture changes the figures", async () => {
    const first = await api("/store/impact")
    const again = await api("/store/impact")
    expect(again.body).toEqual(first.body)
    const order = await placeBankTransferOrder([{ variantId, quantity: 1 }])
    await capture(order.id)
    const shares = await waitForShares(order.id, allocated)
    const saleTotal = sum(entriesOf(shares))
    const deadline = Date.now() + 15_000
    let now = first
    while (Date.now() < deadline) {
      now = await api("/store/impact")
      if (now.body.impact.headline.sales_total !== first.body.impact.headline.sales_total) break
      await new Promise((r) => setTimeout(r, 300))
    }
    expect(now.body.impact.headline.sales_total - first.body.impact.headline.sales_total).toBe(saleTotal)
  })
})
