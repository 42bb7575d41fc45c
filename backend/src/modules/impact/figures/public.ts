import type { PublicImpact } from "@karya-binaan/contract"
import type { ImpactFigures } from "./types"

/**
 * The public side of the figures (/store/impact): aggregates only, already
 * suppressed, and nothing that names a cohort's participant or a cohort id.
 */
export function publicImpact(f: ImpactFigures): PublicImpact {
  const h = f.headline
  return {
    period: f.period,
    headline: {
      participants_trained: h.participants_trained,
      training_hours: h.training_hours,
      trainings: h.trainings,
      study_visits: h.study_visits,
      participants_earned: h.participants_earned,
      allocated_total: h.allocated_total,
      median_income_per_earner: h.median_income_per_earner,
      sales_total: h.sales_total,
      units: h.units,
      kemandirian: { klien: h.kemandirian.klien, earned_3_of_6: h.kemandirian.earned_3_of_6, suppressed: h.kemandirian.suppressed },
      notes_approved: h.notes_approved,
      suppressed: h.suppressed,
    },
    monthly: f.monthly.map((m) => ({ month: m.month, allocated: m.allocated, sales: m.sales, participants_earned: m.participants_earned })),
    by_channel: f.by_channel,
    by_area: f.by_area,
    method: f.method,
  }
}
