import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type { SKILL_LINES, TRAINING_KINDS } from "../../../modules/impact/models/training"
import type ImpactModuleService from "../../../modules/impact/service"

export type CreateTrainingStepInput = {
  cohort_id: string
  kind: (typeof TRAINING_KINDS)[number]
  skill_line: (typeof SKILL_LINES)[number]
  title: string
  held_on: string
  place: string
  trainer_org: string
  hours: number
  created_by: string | null
  participant_ids: string[]
}

/** Writes a training with its attendance; compensation deletes both. */
export const createTrainingStep = createStep(
  "create-training",
  async ({ participant_ids, ...training }: CreateTrainingStepInput, { container }) => {
    const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
    const created = await impact.createTrainings(training)
    if (participant_ids.length) await impact.createTrainingAttendances(participant_ids.map((participant_id) => ({ training_id: created.id, participant_id })))
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).deleteTrainings(id)
  }
)

/** Removes a training (soft delete, attendance with it); compensation restores it. */
export const deleteTrainingStep = createStep(
  "delete-training",
  async (id: string, { container }) => {
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).softDeleteTrainings(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).restoreTrainings(id)
  }
)
