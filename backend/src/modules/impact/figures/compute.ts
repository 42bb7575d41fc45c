import { addMonths, monthOf, monthsBetween, lastDayOf } from "./dates"
import { METHOD_VERSION } from "./method"
import { MIN_GROUP, median, suppressedGroups, tooSmall } from "./suppression"
import {
  AREAS,
  CHANNELS,
  STATUSES,
  type Area,
  type CohortFact,
  type ImpactFacts,
  type ImpactFigures,
  type ImpactFilters,
  type LedgerFact,
  type MonthFigures,
} from "./types"

/** The cohort craft line behind each product skill line; food safety and business belong to no craft line. */
export const CRAFT_OF_SKILL: Record<string, string | undefined> = {
  olahan_pisang: "pisang",
  olahan_tempe: "tempe",
  tali_meiwa: "tali_meiwa",
  eceng_gondok: "eceng_gondok",
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * The impact figures for one period and filter, from plain facts. Money is
 * summed from ledger entries (allocations and reversals, by the date they
 * happened), payouts from paid statements' entries, trainings from their
 * attendance; nothing is typed in. See METHOD_NOTE for the definitions.
 */
export function computeFigures(facts: ImpactFacts, filters: ImpactFilters): ImpactFigures {
  const { from, to } = filters
  const inPeriod = (on: string) => on >= from && on <= to
  const cohorts = new Map(facts.cohorts.map((c) => [c.id, c]))
  const participants = new Map(facts.participants.map((p) => [p.id, p]))
  const quantity = new Map(facts.lines.map((l) => [l.line_item_id, l.quantity]))

  // A cohort is in the selection by id, facility and (for money) its craft line.
  const cohortIn = (id: string, forMoney: boolean): CohortFact | null => {
    const c = cohorts.get(id)
    if (!c) return null
    if (filters.cohort_id && c.id !== filters.cohort_id) return null
    if (filters.facility && c.facility_name !== filters.facility) return null
    if (forMoney && filters.skill_line && CRAFT_OF_SKILL[filters.skill_line] !== c.craft_line) return null
    return c
  }
  const personArea = (pid: string, fallbackCohort?: string): Area =>
    participants.get(pid)?.area ?? cohorts.get(participants.get(pid)?.cohort_id ?? fallbackCohort ?? "")?.area ?? "other"
  const areaOk = (a: Area) => !filters.area || a === filters.area
  const channelOk = (e: { channel: string }) => !filters.channel || e.channel === filters.channel

  // Entries of the selection: sales by the cohort's area, participants' money by the person's.
  const money = facts.ledger.filter((e) => cohortIn(e.cohort_id, true) && channelOk(e))
  const sales = money.filter((e) => areaOk(cohorts.get(e.cohort_id)!.area))
  const earnings = money.filter((e) => e.party_type === "participant" && areaOk(personArea(e.party_id, e.cohort_id)))

  // Units: a line counts its quantity the day it is first allocated and
  // takes it back the day its entries net to zero or less (fully refunded or canceled).
  const unitEvents: { line: LedgerFact; on: string; units: number }[] = []
  const byLine = new Map<string, LedgerFact[]>()
  for (const e of sales) byLine.set(e.line_item_id, [...(byLine.get(e.line_item_id) ?? []), e])
  for (const entries of byLine.values()) {
    const q = quantity.get(entries[0].line_item_id) ?? 0
    const sorted = [...entries].sort((a, b) => a.on.localeCompare(b.on) || (a.kind === "allocation" ? -1 : 1))
    const first = sorted.find((e) => e.kind === "allocation")
    if (!first) continue
    unitEvents.push({ line: first, on: first.on, units: q })
    let net = 0
    let gone = false
    for (const e of sorted) {
      net += e.amount
      if (!gone && net <= 0 && e.kind === "reversal") {
        unitEvents.push({ line: e, on: e.on, units: -q })
        gone = true
      }
    }
  }

  const netByPerson = (entries: LedgerFact[]) => {
    const m = new Map<string, number>()
    for (const e of entries) m.set(e.party_id, (m.get(e.party_id) ?? 0) + e.amount)
    return m
  }
  const earnersOf = (nets: Map<string, number>) => [...nets.values()].filter((v) => v > 0)

  const periodEarnings = earnings.filter((e) => inPeriod(e.on))
  const periodNets = netByPerson(periodEarnings)
  const earners = earnersOf(periodNets)
  const paid = facts.paid.filter(
    (p) => p.party_type === "participant" && inPeriod(p.on) && cohortIn(p.cohort_id, true) && channelOk(p) && areaOk(personArea(p.party_id, p.cohort_id))
  )
  const paidPersons = new Set(paid.map((p) => p.party_id)).size
  const headlineSmall = tooSmall(earners.length) || tooSmall(paidPersons)
  const allocatedTotal = sum(periodEarnings.map((e) => e.amount))

  // Trainings: sessions by their cohort's area, people by their own.
  const trainings = facts.trainings.filter(
    (t) =>
      inPeriod(t.held_on) &&
      cohortIn(t.cohort_id, false) &&
      (!filters.skill_line || t.skill_line === filters.skill_line) &&
      areaOk(cohorts.get(t.cohort_id)!.area)
  )
  const trained = new Set<string>()
  let personHours = 0
  for (const t of trainings)
    for (const pid of t.participant_ids)
      if (areaOk(personArea(pid, t.cohort_id))) {
        trained.add(pid)
        personHours += t.hours
      }

  // Kemandirian: klien of the selection who earned (net > 0, any cohort or channel) in ≥ 3 of the 6 months ending with `to`'s month.
  const windowTo = monthOf(to)
  const windowFrom = addMonths(windowTo, -5)
  const klien = facts.participants.filter((p) => p.status === "klien" && cohortIn(p.cohort_id, true) && areaOk(personArea(p.id)))
  const klienIds = new Set(klien.map((p) => p.id))
  const monthNet = new Map<string, number>()
  for (const e of facts.ledger) {
    if (e.party_type !== "participant" || !klienIds.has(e.party_id) || e.on > to) continue
    const m = monthOf(e.on)
    if (m < windowFrom || m > windowTo) continue
    monthNet.set(`${e.party_id}|${m}`, (monthNet.get(`${e.party_id}|${m}`) ?? 0) + e.amount)
  }
  const earnedMonths = new Map<string, number>()
  for (const [key, v] of monthNet) if (v > 0) earnedMonths.set(key.split("|")[0], (earnedMonths.get(key.split("|")[0]) ?? 0) + 1)
  const independent = [...earnedMonths.values()].filter((n) => n >= 3).length
  const klienSmall = tooSmall(klien.length)

  const inputs = facts.inputs.filter((i) => i.month >= monthOf(from) && i.month <= monthOf(to))
  const inputTotal = sum(inputs.map((i) => i.amount))

  const materialFund = sum(
    facts.ledger
      .filter((e) => e.bucket === "material_fund" && e.on <= to && cohortIn(e.cohort_id, true) && channelOk(e) && areaOk(cohorts.get(e.cohort_id)!.area))
      .map((e) => e.amount)
  )

  const monthly: MonthFigures[] = monthsBetween(monthOf(from), monthOf(to)).map((month) => {
    const inMonth = (on: string) => inPeriod(on) && monthOf(on) === month
    const nets = netByPerson(earnings.filter((e) => inMonth(e.on)))
    const monthEarners = earnersOf(nets)
    const monthPaid = paid.filter((p) => monthOf(p.on) === month)
    const small = tooSmall(monthEarners.length) || tooSmall(new Set(monthPaid.map((p) => p.party_id)).size)
    return {
      month,
      allocated: small ? null : sum([...nets.values()]),
      paid: small ? null : sum(monthPaid.map((p) => p.amount)),
      sales: sum(sales.filter((e) => inMonth(e.on)).map((e) => e.amount)),
      units: sum(unitEvents.filter((u) => inMonth(u.on)).map((u) => u.units)),
      participants_earned: monthEarners.length,
      median_income: monthEarners.length >= MIN_GROUP ? median(monthEarners) : null,
      training_hours: sum(trainings.filter((t) => monthOf(t.held_on) === month).map((t) => t.hours)),
      inputs: sum(inputs.filter((i) => i.month === month).map((i) => i.amount)),
      suppressed: small,
    }
  })

  // Breakdowns: sales of a group are shown; its participants' rupiah only with ≥ MIN_GROUP earners.
  const salesIn = (pred: (e: LedgerFact) => boolean) => sum(sales.filter((e) => inPeriod(e.on) && pred(e)).map((e) => e.amount))
  const unitsIn = (pred: (e: LedgerFact) => boolean) => sum(unitEvents.filter((u) => inPeriod(u.on) && pred(u.line)).map((u) => u.units))
  const groupEarnings = (pred: (e: LedgerFact) => boolean) => {
    const nets = netByPerson(periodEarnings.filter(pred))
    return { earned: earnersOf(nets).length, allocated: sum([...nets.values()]) }
  }

  const cohortRows = facts.cohorts
    .filter((c) => cohortIn(c.id, true) && (!filters.area || c.area === filters.area || periodEarnings.some((e) => e.cohort_id === c.id)))
    .map((c) => ({ c, ...groupEarnings((e) => e.cohort_id === c.id) }))
  const cohortFlags = suppressedGroups(cohortRows.map((r) => r.earned))
  const by_cohort = cohortRows.map((r, i) => ({
    cohort_id: r.c.id,
    name: r.c.name,
    sales: salesIn((e) => e.cohort_id === r.c.id),
    units: unitsIn((e) => e.cohort_id === r.c.id),
    allocated: cohortFlags[i] ? null : r.allocated,
    participants_earned: r.earned,
    suppressed: cohortFlags[i],
  }))

  const areaRows = AREAS.map((area) => ({ area, ...groupEarnings((e) => personArea(e.party_id, e.cohort_id) === area) }))
  const areaFlags = suppressedGroups(areaRows.map((r) => r.earned))
  const by_area = areaRows.map((r, i) => ({
    area: r.area,
    participants_earned: r.earned,
    allocated: areaFlags[i] ? null : r.allocated,
    sales: salesIn((e) => cohorts.get(e.cohort_id)!.area === r.area),
    units: unitsIn((e) => cohorts.get(e.cohort_id)!.area === r.area),
    suppressed: areaFlags[i],
  }))

  // By status now (a klien released since counts as released): the participants of each and their income in the period.
  const statusRows = STATUSES.map((status) => ({ status, ...groupEarnings((e) => (participants.get(e.party_id)?.status ?? "wbp") === status) }))
  const statusFlags = suppressedGroups(statusRows.map((r) => r.earned))
  const by_status = statusRows.map((r, i) => ({
    status: r.status,
    participants_earned: r.earned,
    allocated: statusFlags[i] ? null : r.allocated,
    suppressed: statusFlags[i],
  }))

  const by_channel = CHANNELS.map((channel) => ({
    channel,
    sales: salesIn((e) => e.channel === channel),
    units: unitsIn((e) => e.channel === channel),
  }))

  const { from: _f, to: _t, ...echo } = filters
  return {
    period: { from, to },
    filters: echo,
    headline: {
      participants_trained: trained.size,
      training_hours: sum(trainings.map((t) => t.hours)),
      person_training_hours: personHours,
      trainings: trainings.filter((t) => t.kind === "training").length,
      study_visits: trainings.filter((t) => t.kind === "study_visit").length,
      participants_earned: earners.length,
      allocated_total: headlineSmall ? null : allocatedTotal,
      paid_total: headlineSmall ? null : sum(paid.map((p) => p.amount)),
      median_income_per_earner: earners.length >= MIN_GROUP ? median(earners) : null,
      sales_total: salesIn(() => true),
      units: unitsIn(() => true),
      material_fund_balance: materialFund,
      kemandirian: {
        klien: klien.length,
        earned_3_of_6: klienSmall ? null : independent,
        suppressed: klienSmall,
        window: { from: `${windowFrom}-01`, to: lastDayOf(windowTo) < to ? lastDayOf(windowTo) : to },
      },
      programme_input_total: inputTotal,
      income_per_rupiah_input: headlineSmall || !inputTotal ? null : Math.round((allocatedTotal / inputTotal) * 10000) / 10000,
      notes_approved: facts.notes
        ? facts.notes.filter((n) => inPeriod(n.on) && cohortIn(n.cohort_id, true) && areaOk(cohorts.get(n.cohort_id)!.area) && channelOk(n)).length
        : facts.notes_approved,
      suppressed: headlineSmall,
    },
    monthly,
    by_cohort,
    by_channel,
    by_area,
    by_status,
    suppressed_groups:
      (headlineSmall ? 1 : 0) +
      monthly.filter((m) => m.suppressed).length +
      cohortFlags.filter(Boolean).length +
      areaFlags.filter(Boolean).length +
      statusFlags.filter(Boolean).length +
      (klienSmall ? 1 : 0),
    method: { version: METHOD_VERSION, min_group: MIN_GROUP },
  }
}
