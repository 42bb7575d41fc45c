import { describe, expect, it } from "vitest"
import { COHORTS, PRODUCTS } from "./catalog"
import { CONSIGNED_SKUS, historyMonths, historyPlan, ONLINE_SKUS } from "./history"
import { DEFAULT_CASE_PACKS } from "./outlet-case-packs"
import { OUTLETS, wholesalePrice } from "./outlets"
import { participantCount } from "./production"
import { NOTE_LIMITS, screenNoteText } from "../../modules/maker-note/screen-message"

const now = new Date("2026-12-03T10:00:00+07:00")
const cohorts = COHORTS.map((c, i) => ({ handle: c.handle, facility_name: c.facility_name, participants: participantCount(i) }))
const variant = (sku: string) => PRODUCTS.flatMap((p) => p.variants.map((v) => ({ ...v, product: p }))).find((v) => v.sku === sku)

describe("demo history plan", () => {
  it("covers the six whole months before today, in order, and tells the same story every time", () => {
    expect(historyMonths(now)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"])
    expect(historyMonths(new Date("2026-01-15T10:00:00+07:00"))[0]).toBe("2025-07")
    expect(JSON.stringify(historyPlan(now, cohorts))).toBe(JSON.stringify(historyPlan(now, cohorts)))
  })

  it("dates every sale, payment and payout inside its month and never after today", () => {
    for (const month of historyPlan(now, cohorts)) {
      const inMonth = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 7) === month.month
      for (const o of month.online) {
        expect(inMonth(o.placed_at)).toBe(true)
        expect(o.paid_at.getTime()).toBeGreaterThan(o.placed_at.getTime())
      }
      for (const o of month.outlet) expect(inMonth(o.placed_at) && inMonth(o.paid_at)).toBe(true)
      for (const t of month.trainings) expect(t.held_on.slice(0, 7)).toBe(month.month)
      expect(month.payout_at.getTime()).toBeLessThanOrEqual(now.getTime())
      expect(month.paid_on <= "2026-12-03").toBe(true)
    }
  })

  it("sells only stocked variants and orders whole cartons worth each outlet's minimum", () => {
    const plan = historyPlan(now, cohorts)
    for (const sku of [...ONLINE_SKUS, ...Object.values(CONSIGNED_SKUS).flat()]) expect(variant(sku)?.stock ?? 0).toBeGreaterThanOrEqual(20)
    for (const o of plan.flatMap((m) => m.outlet)) {
      const outlet = OUTLETS.find((x) => x.handle === o.outlet)!
      const value = o.lines.reduce((sum, l) => {
        const units = l.cartons * (outlet.case_packs[l.handle] ?? DEFAULT_CASE_PACKS[l.handle])
        return sum + units * wholesalePrice(variant(l.sku)!.price, outlet.discount_percent)
      }, 0)
      expect(value).toBeGreaterThanOrEqual(outlet.minimum_order_value)
    }
  })

  it("has every channel's story: refunds, unpaid cancellations, consignment, trainings, visits and inputs", () => {
    const plan = historyPlan(now, cohorts)
    const online = plan.flatMap((m) => m.online)
    expect(online.filter((o) => o.fate === "refunded").length).toBeGreaterThan(0)
    expect(online.filter((o) => o.fate === "unpaid_canceled").length).toBeGreaterThan(0)
    expect(plan.every((m) => m.online.length >= 3 && m.consignment.length === 1)).toBe(true)
    expect(plan.flatMap((m) => m.trainings).filter((t) => t.kind === "study_visit").length).toBe(2 * cohorts.length)
    expect(plan.every((m) => m.inputs.some((i) => i.kind === "training_cost") && m.inputs.every((i) => i.amount > 0))).toBe(true)
  })

  it("has thank-you notes from paid buyers: approved ones for the cohort pages, a rejected one, the last month's waiting", () => {
    const plan = historyPlan(now, cohorts)
    const noted = plan.flatMap((m, index) =>
      m.online.flatMap((o) => (o.note ? [{ ...o.note, fate: o.fate, paid_at: o.paid_at, last: index === plan.length - 1, food: !!variant(o.lines[0].sku)?.product.food_label }] : []))
    )
    expect(noted.length).toBeGreaterThanOrEqual(6)
    expect(noted.every((n) => n.fate === "captured")).toBe(true)
    expect(noted.filter((n) => n.decision === "approved").length).toBeGreaterThanOrEqual(4)
    expect(noted.filter((n) => n.decision === "rejected")).toHaveLength(1)
    expect(noted.filter((n) => n.decision === "pending").every((n) => n.last)).toBe(true)
    expect(noted.some((n) => n.decision === "pending")).toBe(true)
    for (const n of noted) {
      // What the note route would accept, written after payment, decided after writing, never after today.
      expect(screenNoteText(n.message)).toEqual([])
      // Thanks that fit what was bought: no weaving praised on a food order, no taste on a craft.
      expect(n.message).not.toMatch(n.food ? /anyam/i : /keripik|rasa|enak/i)
      expect(n.message.length).toBeLessThanOrEqual(NOTE_LIMITS.message)
      expect(n.written_at.getTime()).toBeGreaterThan(n.paid_at.getTime())
      expect(n.decided_at.getTime()).toBeGreaterThanOrEqual(n.written_at.getTime())
      expect(n.decided_at.getTime()).toBeLessThanOrEqual(now.getTime())
    }
  })
})
