import { z } from "@medusajs/framework/zod"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreMakerNoteCreatedResponse } from "@karya-binaan/contract"
import { problemsOf } from "../../lib/refusal"
import { NOTE_LIMITS } from "../../modules/maker-note/screen-message"
import { createMakerNoteWorkflow } from "../../workflows/maker-note/create-maker-note"
import type { NoteAuthorKind } from "../../workflows/maker-note/types"
import { text } from "./input-schemas"

/** The body of POST /store/orders/:id/notes and POST /outlet/orders/:id/notes. */
export const SendMakerNote = z
  .object({
    cohort_id: text().trim().min(1, "cohort_id kosong: kirim id kohort atau hapus isian itu").optional(),
    first_name: text()
      .trim()
      .max(NOTE_LIMITS.first_name, `Nama depan paling banyak ${NOTE_LIMITS.first_name} karakter / First name: at most ${NOTE_LIMITS.first_name} characters`)
      .nullable()
      .optional(),
    message: text({ error: "Tulis pesan terima kasih (message) / Write a message" })
      .trim()
      .min(2, "Tulis pesan terima kasih / Write a message")
      .max(NOTE_LIMITS.message, `Pesan paling banyak ${NOTE_LIMITS.message} karakter / At most ${NOTE_LIMITS.message} characters`),
  })
  .strict()
export type SendMakerNoteType = z.infer<typeof SendMakerNote>

/**
 * Runs the note workflow for a sender the route already checked, and answers
 * 201, or 409 with the reason when the order already thanked that cohort
 * (Medusa's error handler would replace a conflict's message with a generic one).
 */
export async function sendMakerNote(
  scope: MedusaContainer,
  res: MedusaResponse<StoreMakerNoteCreatedResponse>,
  input: SendMakerNoteType & { order_id: string; author_kind: NoteAuthorKind }
) {
  const { result, errors } = await createMakerNoteWorkflow(scope).run({ input, throwOnError: false })
  const error = errors[0]?.error
  if (error) {
    const problems = problemsOf(error)
    if (problems?.some((p) => p.code === "note_exists")) {
      res.status(409).json({ type: "conflict", message: (error as Error).message, problems } as never)
      return
    }
    throw error
  }
  const { id, cohort_id, first_name, message } = result
  res.status(201).json({ note: { id, cohort_id, status: "pending", first_name, message } })
}

/** GET /store/orders/:id/notes and /outlet/orders/:id/notes take no parameters. */
export const OrderNotesQuery = z.object({}).strict()
