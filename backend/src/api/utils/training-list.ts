import type { MedusaContainer } from "@medusajs/framework/types"
import type { Training } from "@karya-binaan/contract"
import { IMPACT_MODULE } from "../../modules/impact"
import type ImpactModuleService from "../../modules/impact/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import type { ProductionModuleService } from "../../modules/production/service"

export type TrainingRow = Training

/** Trainings of the given cohorts (newest first) with their attendees' codes, for coordinators and operators only. */
export async function listTrainingsWithCodes(
  scope: MedusaContainer,
  filters: { cohort_id?: string | string[]; from?: string; to?: string }
): Promise<TrainingRow[]> {
  const impact = scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const held_on = filters.from || filters.to ? { ...(filters.from && { $gte: filters.from }), ...(filters.to && { $lte: filters.to }) } : undefined
  const trainings = await impact.listTrainings(
    { ...(filters.cohort_id && { cohort_id: filters.cohort_id }), ...(held_on && { held_on }) },
    { relations: ["attendances"], order: { held_on: "DESC", created_at: "DESC" } }
  )
  const ids = [...new Set(trainings.flatMap((t) => (t.attendances ?? []).map((a) => a.participant_id)))]
  const participants = ids.length
    ? await scope.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ id: ids }, { select: ["id", "code"] })
    : []
  const codeOf = new Map(participants.map((p) => [p.id, p.code]))
  return trainings.map((t) => {
    const codes = (t.attendances ?? []).flatMap((a) => (codeOf.has(a.participant_id) ? [codeOf.get(a.participant_id)!] : [])).sort()
    return {
      id: t.id,
      cohort_id: t.cohort_id,
      kind: t.kind,
      skill_line: t.skill_line,
      title: t.title,
      held_on: t.held_on,
      place: t.place,
      trainer_org: t.trainer_org,
      hours: Number(t.hours),
      attendee_count: (t.attendances ?? []).length,
      participant_codes: codes,
    }
  })
}
