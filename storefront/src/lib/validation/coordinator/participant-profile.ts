import { z } from "zod"
import { formValues, issuesToErrors, text, type Parsed } from "./form-data"

export const PARTICIPANT_STATUSES = ["wbp", "klien", "released"] as const
export const IMPACT_AREAS = ["plaju", "banyuasin_i", "other"] as const

// An empty choice or date means "not known" (area: the cohort's own), sent as null.
const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" })]).transform((v) => v || null)

export const participantProfileSchema = z.object({
  status: z.enum(PARTICIPANT_STATUSES, { message: "choice" }),
  area: z.enum([...IMPACT_AREAS, ""], { message: "choice" }).transform((v) => v || null),
  joined_on: day,
  left_on: day,
})

/** POST /coordinator/participants/:id/profile's body. */
export type ParticipantProfileBody = z.output<typeof participantProfileSchema>

export function parseParticipantProfileForm(form: FormData): Parsed<ParticipantProfileBody> {
  const result = participantProfileSchema.safeParse({
    status: text(form, "status"),
    area: text(form, "area"),
    joined_on: text(form, "joined_on"),
    left_on: text(form, "left_on"),
  })
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues), values: formValues(form) }
  const { joined_on, left_on } = result.data
  if (joined_on && left_on && left_on < joined_on) return { ok: false, errors: { left_on: "leftBeforeJoined" }, values: formValues(form) }
  return { ok: true, data: result.data }
}
