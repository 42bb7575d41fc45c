import type { Impact, Training } from "@/lib/types/impact"
import type { WireImpact, WireTraining } from "./impact-wire"

// The programme's smallest group a figure may describe; the backend states its own in `method`.
const DEFAULT_MIN_GROUP = 5

const orNull = (value: number | null | undefined): number | null => (typeof value === "number" ? value : null)

/** The impact answer (store or coordinator) → the view type, months in order. */
export function reshapeImpact(raw: WireImpact): Impact {
  const h = raw.headline
  const monthly = [...raw.monthly]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({ month: m.month, allocated: orNull(m.allocated), sales: m.sales, earners: orNull(m.participants_earned) }))
  return {
    period: raw.period,
    headline: {
      participantsTrained: h.participants_trained,
      trainingHours: h.training_hours,
      earners: orNull(h.participants_earned),
      allocatedTotal: orNull(h.allocated_total),
      salesTotal: h.sales_total,
      units: h.units,
      kemandirian: { klien: orNull(h.kemandirian.klien), earned3of6: orNull(h.kemandirian.earned_3_of_6), suppressed: h.kemandirian.suppressed },
      notesApproved: h.notes_approved ?? 0,
      paidTotal: orNull(h.paid_total),
      medianIncome: orNull(h.median_income_per_earner),
      materialFundBalance: orNull(h.material_fund_balance),
      trainings: orNull(h.trainings),
      studyVisits: orNull(h.study_visits),
    },
    monthly,
    byChannel: raw.by_channel.map((c) => ({ channel: c.channel, sales: c.sales, units: c.units })),
    byArea: raw.by_area.map((a) => ({ area: a.area, earners: orNull(a.participants_earned), allocated: orNull(a.allocated), suppressed: a.suppressed })),
    byStatus: (raw.by_status ?? []).map((s) => ({ status: s.status, earners: orNull(s.participants_earned), allocated: orNull(s.allocated), suppressed: s.suppressed })),
    minGroup: raw.method?.min_group ?? DEFAULT_MIN_GROUP,
    empty: h.sales_total === 0 && h.participants_trained === 0 && h.training_hours === 0,
  }
}

export function reshapeTraining(raw: WireTraining): Training {
  return {
    id: raw.id,
    kind: raw.kind,
    skillLine: raw.skill_line,
    title: raw.title,
    heldOn: raw.held_on,
    place: raw.place,
    trainerOrg: raw.trainer_org,
    hours: raw.hours,
    attendeeCount: raw.attendee_count,
    participantCodes: [...(raw.participant_codes ?? [])].sort(),
  }
}
