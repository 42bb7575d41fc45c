"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { formValues } from "@/lib/validation/coordinator/form-data"
import { parseTrainingForm } from "@/lib/validation/coordinator/training"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"

/** Records a training with its attendees (by code) for the cohort the page works in. */
export async function recordTraining(state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseTrainingForm(form, { today: jakartaToday() })
  const attempt = (state.attempt ?? 0) + 1
  // The ticked attendees, kept for the form to tick again (values hold one string a field).
  const values = { ...formValues(form), participant_codes: form.getAll("participant_codes").map(String).join(",") }
  if (!parsed.ok) return { errors: parsed.errors, values, attempt }
  const cohortId = String(form.get("cohort_id") ?? "")
  const result = await mutate<{ training: { id: string } }>("/coordinator/trainings", { body: { cohort_id: cohortId, ...parsed.data } })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values, attempt }
  return redirect({ href: { pathname: "/coordinator/trainings", query: { recorded: parsed.data.title } }, locale })
}

/** Deletes a training recorded by mistake. */
export async function deleteTraining(form: FormData): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("training_id") ?? "")
  const result = await mutate(`/coordinator/trainings/${encodeURIComponent(id)}`, { method: "DELETE" })
  redirect({ href: { pathname: "/coordinator/trainings", query: result.ok ? { deleted: "1" } : { refused: "1" } }, locale })
}
