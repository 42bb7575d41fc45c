import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

export type UpdateParticipantStepInput = { id: string; display_name?: string | null; active?: boolean }

/** Changes a participant's private name or active flag; compensation puts the old values back. */
export const updateParticipantStep = createStep(
  "update-participant",
  async (input: UpdateParticipantStepInput, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const before = await production.retrieveParticipant(input.id, { select: ["id", "display_name", "active"] })
    const update: UpdateParticipantStepInput = { id: input.id }
    if (input.display_name !== undefined) update.display_name = input.display_name?.trim() || null
    if (input.active !== undefined) update.active = input.active
    const updated = await production.updateParticipants(update)
    return new StepResponse(updated, { id: before.id, display_name: before.display_name, active: before.active })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).updateParticipants(before)
  }
)
