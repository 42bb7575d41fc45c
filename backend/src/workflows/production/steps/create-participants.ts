import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { participantCodePrefix, nextParticipantCodes } from "../../../modules/production/participant-code"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

export type CreateParticipantsStepInput = {
  cohort_id: string
  cohort_area: string
  participants: { display_name?: string | null; active?: boolean }[]
}

/**
 * Creates participants with the next free codes of their area. Code choice and
 * insert run under one lock so two coordinators adding people at once never
 * pick the same number (the unique index would refuse the second anyway).
 */
export const createParticipantsStep = createStep(
  "create-participants",
  async (input: CreateParticipantsStepInput, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const prefix = participantCodePrefix(input.cohort_area)
    const created = await locking.execute(`participant-codes:${prefix}`, async () => {
      const taken = await production.listParticipants({ code: { $like: `${prefix}-%` } }, { select: ["code"], withDeleted: true })
      const codes = nextParticipantCodes(prefix, taken.map((p) => p.code), input.participants.length)
      return production.createParticipants(
        input.participants.map((p, i) => ({
          cohort_id: input.cohort_id,
          code: codes[i],
          display_name: p.display_name?.trim() || null,
          active: p.active ?? true,
        }))
      )
    })
    if (created.length !== input.participants.length) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Not every participant was created")
    }
    return new StepResponse(created, created.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).deleteParticipants(ids)
  }
)
