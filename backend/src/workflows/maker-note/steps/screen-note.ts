import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal, type Problem } from "../../../lib/refusal"
import { screenNoteText, type NoteRefusalKind } from "../../../modules/maker-note/screen-message"

export const screenNoteStepId = "screen-maker-note"

const SAYS: Record<NoteRefusalKind, string> = {
  phone: "nomor telepon / a phone number",
  link: "tautan, email atau nama situs / a link, email or web address",
  address: "alamat / an address",
}

/**
 * Refuses (400) a note whose message or first name carries a phone number, a
 * link or an address: notes are public and read by the cohort. The problems
 * (`note_phone`, `note_link`, `note_address`) let the storefront say it in the
 * shopper's language; the message says it in both for everyone else.
 */
export const screenNoteStep = createStep(screenNoteStepId, async (input: { message: string; first_name?: string | null }) => {
  const kinds = [...new Set([...screenNoteText(input.message), ...screenNoteText(input.first_name ?? "")])]
  if (kinds.length) {
    const problems: Problem[] = kinds.map((kind) => ({ code: `note_${kind}` }))
    throw refusal(
      MedusaError.Types.INVALID_DATA,
      problems,
      `Pesan tidak boleh memuat ${kinds.map((k) => SAYS[k].split(" / ")[0]).join(", ")}: hapus bagian itu lalu kirim lagi. ` +
        `/ A note may not contain ${kinds.map((k) => SAYS[k].split(" / ")[1]).join(", ")}: remove it and send again.`
    )
  }
  return new StepResponse(undefined)
})
