import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { updateParticipantProfileWorkflow } from "../../../workflows/impact/participant-profile"
import { recordProgrammeInputWorkflow } from "../../../workflows/impact/record-programme-input"
import { recordTrainingWorkflow } from "../../../workflows/impact/record-training"
import { COHORTS } from "../catalog"
import type { MonthPlan } from "../history"
import type { HistoryContext } from "./history"

/**
 * Who the demo participants are, for the impact figures: a Bapas cohort's
 * people are klien (on parole), a Lapas or Rutan cohort's are wbp (inmates),
 * except its last participant, released mid-programme and living in ring 1
 * (Plaju) or Banyuasin I. Joined dates spread over the year.
 */
function profileOf(facilityType: string, cohortIndex: number, p: number, count: number, months: string[]) {
  const joined_on = `${months[0].slice(0, 4)}-${String(1 + ((cohortIndex * 2 + p) % 5)).padStart(2, "0")}-${String(3 + p * 3).padStart(2, "0")}`
  if (facilityType === "bapas") return { status: "klien" as const, area: null, joined_on, left_on: null }
  if (p === count - 1) {
    return { status: "released" as const, area: cohortIndex % 2 ? ("banyuasin_i" as const) : ("plaju" as const), joined_on, left_on: `${months[3]}-15` }
  }
  return { status: "wbp" as const, area: null, joined_on, left_on: null }
}

/** Runs the calls a few at a time: independent records (own cohorts, own rows), so the first start stays short. */
async function inGroups<T>(items: T[], run: (item: T) => Promise<unknown>, size = 6): Promise<void> {
  for (let from = 0; from < items.length; from += size) await Promise.all(items.slice(from, from + size).map(run))
}

/**
 * Participant profiles, trainings and study visits with their attendance, and
 * the sponsor's monthly inputs (history.ts), through the impact workflows an
 * operator's or coordinator's form runs. Their dates are days they name
 * (held_on, month, joined_on), so nothing here needs moving back. Returns what it wrote.
 */
export async function seedImpactHistory(container: MedusaContainer, ctx: HistoryContext, plan: MonthPlan[]) {
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const months = plan.map((m) => m.month)

  const profiles = COHORTS.flatMap((seed, index) => {
    const ids = ctx.participants.get(seed.handle) ?? []
    return ids.map((id, p) => ({ id, ...profileOf(seed.facility_type, index, p, ids.length, months) }))
  })
  await inGroups(profiles, (input) => updateParticipantProfileWorkflow(container).run({ input }))

  const codes = new Map<string, string>()
  const all = await production.listParticipants({ id: profiles.map((p) => p.id) }, { select: ["id", "code"] })
  for (const p of all) codes.set(p.id, p.code)
  const trainings = plan.flatMap((m) => m.trainings)
  let attendances = 0
  await inGroups(trainings, async (t) => {
    const cohort = ctx.cohorts.get(t.cohort)
    const ids = ctx.participants.get(t.cohort) ?? []
    if (!cohort) return
    const { attendees, cohort: _handle, ...fields } = t
    const participant_codes = attendees.flatMap((i) => (ids[i] && codes.get(ids[i]) ? [codes.get(ids[i])!] : []))
    await recordTrainingWorkflow(container).run({ input: { ...fields, cohort_id: cohort.id, created_by: ctx.operatorId, participant_codes } })
    attendances += participant_codes.length
  })

  const inputs = plan.flatMap((m) => m.inputs)
  await inGroups(inputs, (i) => recordProgrammeInputWorkflow(container).run({ input: { ...i, created_by: ctx.operatorId } }))
  return { trainings: trainings.length, attendances, inputs: inputs.length }
}
