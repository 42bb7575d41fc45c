import { z } from "zod"
import type { SkillLine, TrainingKind } from "@karya-binaan/contract"
import { formValues, issuesToErrors, text, type Parsed } from "./form-data"

export const TRAINING_KINDS = ["training", "study_visit"] as const satisfies readonly TrainingKind[]
// Checked against the contract: a line the backend does not know fails the typecheck.
export const SKILL_LINES = ["olahan_pisang", "olahan_tempe", "tali_meiwa", "eceng_gondok", "food_safety", "business"] as const satisfies readonly SkillLine[]
// Two weeks of full days: the backend's own ceiling for one training's hours.
const MAX_HOURS = 24 * 14

const line = (max: number) => z.string().trim().min(1, { message: "required" }).max(max, { message: "tooLong" })

export const trainingSchema = z.object({
  kind: z.enum(TRAINING_KINDS, { message: "choice" }),
  skill_line: z.enum(SKILL_LINES, { message: "choice" }),
  title: line(120),
  held_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" }),
  place: line(120),
  trainer_org: line(120),
  // People write "2,5" as well as "2.5"; half hours are the finest a trainer reports.
  hours: z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}([.,]\d)?$/.test(v) && Number(v.replace(",", ".")) >= 0.5 && Number(v.replace(",", ".")) <= MAX_HOURS, { message: "trainingHours" })
    .transform((v) => Number(v.replace(",", "."))),
  participant_codes: z.array(z.string().min(1)).min(1, { message: "attendeesRequired" }),
})

/** POST /coordinator/trainings' body, less the cohort the page works in. */
export type TrainingBody = z.output<typeof trainingSchema>

/** The record-a-training form → the backend's body; `today` (Jakarta) bounds the date. */
export function parseTrainingForm(form: FormData, { today }: { today: string }): Parsed<TrainingBody> {
  const result = trainingSchema.safeParse({
    kind: text(form, "kind"),
    skill_line: text(form, "skill_line"),
    title: text(form, "title"),
    held_on: text(form, "held_on"),
    place: text(form, "place"),
    trainer_org: text(form, "trainer_org"),
    hours: text(form, "hours"),
    participant_codes: [...new Set(form.getAll("participant_codes").map(String))],
  })
  const errors = result.success ? {} : issuesToErrors(result.error.issues)
  const heldOn = text(form, "held_on")
  if (!errors.held_on && heldOn > today) errors.held_on = "trainingFuture"
  if (!result.success || Object.keys(errors).length) return { ok: false, errors, values: formValues(form) }
  return { ok: true, data: result.data }
}
