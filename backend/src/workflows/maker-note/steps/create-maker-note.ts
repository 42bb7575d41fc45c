import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { MAKER_NOTE_MODULE } from "../../../modules/maker-note"
import type { MakerNoteModuleService } from "../../../modules/maker-note/service"
import type { NoteAuthorKind } from "../types"

export const createMakerNoteStepId = "create-maker-note"

/** Said (409) to a second note for the same order and cohort. */
export const NOTE_EXISTS = "Anda sudah mengirim ucapan untuk kohort ini dari pesanan ini. / You already sent a note to this cohort for this order."

export type CreateMakerNoteStepInput = {
  order_id: string
  cohort_id: string
  author_kind: NoteAuthorKind
  first_name: string | null
  message: string
}

/** Stores the note as pending; one per order and cohort (a unique index backs the check under a race). Compensation deletes it. */
export const createMakerNoteStep = createStep(
  createMakerNoteStepId,
  async (input: CreateMakerNoteStepInput, { container }) => {
    const service = container.resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    const conflict = () => refusal(MedusaError.Types.CONFLICT, [{ code: "note_exists" }], NOTE_EXISTS)
    const [existing] = await service.listMakerNotes({ order_id: input.order_id, cohort_id: input.cohort_id }, { take: 1 })
    if (existing) throw conflict()
    try {
      const note = await service.createMakerNotes({ ...input, status: "pending" })
      return new StepResponse(note, note.id)
    } catch (error) {
      // Two sends at once: the unique index refused the second.
      if (/unique|duplicate|already exists/i.test(String((error as Error)?.message))) throw conflict()
      throw error
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE).deleteMakerNotes(id)
  }
)
