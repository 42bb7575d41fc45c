import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_NOTE_MODULE } from "../../../modules/maker-note"
import type { MakerNoteModuleService } from "../../../modules/maker-note/service"
import type { ModerateMakerNoteInput } from "../types"

export const moderateMakerNoteStepId = "moderate-maker-note"

/** The one answer for "not your cohort's note": the same as for a note that doesn't exist. */
export const NOTE_NOT_FOUND = "Ucapan tidak ditemukan"

type Before = { id: string; status: "pending" | "approved" | "rejected"; moderated_by: string | null; moderated_at: Date | null }

/**
 * Approves or rejects a note of one of the coordinator's cohorts (a decision
 * can be changed later). Compensation restores the previous decision.
 */
export const moderateMakerNoteStep = createStep(
  moderateMakerNoteStepId,
  async (input: ModerateMakerNoteInput, { container }) => {
    const service = container.resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    const [note] = await service.listMakerNotes({ id: input.id }, { take: 1 })
    if (!note || !input.cohort_ids.includes(note.cohort_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOTE_NOT_FOUND)
    const before: Before = { id: note.id, status: note.status, moderated_by: note.moderated_by, moderated_at: note.moderated_at as Date | null }
    const updated = await service.updateMakerNotes({
      id: note.id,
      status: input.action === "approve" ? "approved" : "rejected",
      moderated_by: input.moderated_by,
      moderated_at: new Date(),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE).updateMakerNotes(before)
  }
)
