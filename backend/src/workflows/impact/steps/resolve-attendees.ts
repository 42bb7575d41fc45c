import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

/**
 * The participant ids behind attendance codes, which must all be members of
 * the training's cohort: one refusal naming every code that is not, so a
 * coordinator fixes the list in one go. Read only.
 */
export const resolveAttendeesStep = createStep("resolve-training-attendees", async (input: { cohort_id: string; participant_codes: string[] }, { container }) => {
  const codes = [...new Set(input.participant_codes.map((c) => c.trim().toUpperCase()))]
  if (!codes.length) return new StepResponse([] as string[])
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const found = await production.listParticipants({ cohort_id: input.cohort_id, code: codes }, { select: ["id", "code"] })
  const known = new Set(found.map((p) => p.code.toUpperCase()))
  const unknown = codes.filter((c) => !known.has(c))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Kode peserta bukan anggota kohort ini: ${unknown.join(", ")}. Periksa kodenya di daftar peserta kohort. / Not participants of this cohort: ${unknown.join(", ")}.`
    )
  }
  return new StepResponse(found.map((p) => p.id))
})
