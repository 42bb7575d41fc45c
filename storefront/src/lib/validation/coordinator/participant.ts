import { z } from "zod"
import { formValues, issuesToErrors, text, type Parsed } from "./form-data"

// A display name is private and optional: the system's pseudonymous code is what shows elsewhere.
const displayName = z.string().trim().max(80, { message: "tooLong" })

export const participantSchema = z.object({ display_name: displayName })

export type ParticipantInput = { display_name: string | null }

export function parseParticipantForm(form: FormData): Parsed<ParticipantInput> {
  const result = participantSchema.safeParse({ display_name: text(form, "display_name") })
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues), values: formValues(form) }
  return { ok: true, data: { display_name: result.data.display_name || null } }
}
