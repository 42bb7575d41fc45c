import { MedusaError } from "@medusajs/framework/utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

export type ParticipantProfile = {
  status?: "wbp" | "klien" | "released"
  area?: "plaju" | "banyuasin_i" | "other" | null
  joined_on?: string | null
  left_on?: string | null
}
const PROFILE_FIELDS = ["id", "status", "area", "joined_on", "left_on"] as const

/** Changes a participant's impact profile; compensation puts the old values back. */
export const updateParticipantProfileStep = createStep(
  "update-participant-profile",
  async (input: ParticipantProfile & { id: string }, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const before = await production.retrieveParticipant(input.id, { select: [...PROFILE_FIELDS] })
    const joined = input.joined_on !== undefined ? input.joined_on : (before as any).joined_on
    const left = input.left_on !== undefined ? input.left_on : (before as any).left_on
    if (joined && left && left < joined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Tanggal keluar (${left}) sebelum tanggal bergabung (${joined}): periksa kedua tanggal.`)
    }
    const updated = await production.updateParticipants(input as any)
    return new StepResponse(updated, before as unknown as ParticipantProfile & { id: string })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).updateParticipants(before as any)
  }
)

/**
 * Moves a released participant (or a klien) to a Bapas cohort: same id, same
 * code, so every ledger entry and payout keeps pointing at them. Someone still
 * inside (wbp) cannot move to Bapas. Compensation moves them back.
 */
export const moveParticipantStep = createStep(
  "move-participant-to-cohort",
  async (input: { id: string; cohort_id: string }, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const before = (await production.retrieveParticipant(input.id, { select: ["id", "cohort_id", "status"] })) as any
    const {
      data: [cohort],
    } = await query.graph({ entity: "cohort", fields: ["id", "facility_type"], filters: { id: input.cohort_id } })
    if (!cohort) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Kohort ${input.cohort_id} tidak ditemukan.`)
    if (cohort.facility_type !== "bapas") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Peserta yang bebas hanya dapat dipindah ke kohort Bapas: pilih kohort Bapas.")
    }
    if (before.status === "wbp") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Peserta masih berstatus WBP: ubah statusnya menjadi klien atau bebas (profil peserta) sebelum memindahkannya ke Bapas."
      )
    }
    if (before.cohort_id === input.cohort_id) return new StepResponse(before, null)
    const moved = await production.updateParticipants({ id: input.id, cohort_id: input.cohort_id })
    return new StepResponse(moved, { id: before.id, cohort_id: before.cohort_id })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).updateParticipants(before)
  }
)
