import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"

export type CreateProgrammeInputStepInput = {
  month: string
  kind: "training_cost" | "equipment" | "material_capital" | "other"
  amount: number
  sponsor?: string
  note?: string | null
  created_by: string
}

/** Records one month's input from the sponsor; compensation deletes it. */
export const createProgrammeInputStep = createStep(
  "create-programme-input",
  async (input: CreateProgrammeInputStepInput, { container }) => {
    const created = await container.resolve<ImpactModuleService>(IMPACT_MODULE).createProgrammeInputs(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).deleteProgrammeInputs(id)
  }
)

/** Removes an input entered by mistake (soft delete); compensation restores it. */
export const deleteProgrammeInputStep = createStep(
  "delete-programme-input",
  async (id: string, { container }) => {
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).softDeleteProgrammeInputs(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ImpactModuleService>(IMPACT_MODULE).restoreProgrammeInputs(id)
  }
)
