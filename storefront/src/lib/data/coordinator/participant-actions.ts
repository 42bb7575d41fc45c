"use server"

import { refresh } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parseParticipantForm } from "@/lib/validation/coordinator/participant"
import { formValues } from "@/lib/validation/coordinator/form-data"
import { parseParticipantProfileForm } from "@/lib/validation/coordinator/participant-profile"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"

// Participant names are private: nothing here is logged, and redirects carry no names.

export async function addParticipant(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseParticipantForm(form)
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const cohortId = String(form.get("cohort_id") ?? "")
  const result = await mutate<{ participant: { code: string } }>("/coordinator/participants", {
    body: { cohort_id: cohortId, ...(parsed.data.display_name ? { display_name: parsed.data.display_name } : {}) },
  })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values: parsed.data.display_name ? { display_name: parsed.data.display_name } : {} }
  return redirect({ href: { pathname: "/coordinator/participants", query: { added: result.data.participant.code } }, locale })
}

export async function renameParticipant(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseParticipantForm(form)
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const id = String(form.get("participant_id") ?? "")
  const result = await mutate(`/coordinator/participants/${encodeURIComponent(id)}`, { body: { display_name: parsed.data.display_name } })
  if (!result.ok) return { message: "saveRefused", detail: result.message }
  return redirect({ href: { pathname: "/coordinator/participants", query: { saved: "1" } }, locale })
}

/** Deactivates (or reactivates) a participant: they stay in past batches, but can't be picked for new ones. */
export async function setParticipantActive(form: FormData): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("participant_id") ?? "")
  const active = form.get("active") === "true"
  const result = await mutate(`/coordinator/participants/${encodeURIComponent(id)}`, { body: { active } })
  redirect({ href: { pathname: "/coordinator/participants", query: result.ok ? { saved: "1" } : { refused: "1" } }, locale })
}

/** The participant's impact profile (status, area, joined/left): what the figures group them by, never shown by name. */
export async function saveParticipantProfile(state: FormState, form: FormData): Promise<FormState> {
  const parsed = parseParticipantProfileForm(form)
  const attempt = (state.attempt ?? 0) + 1
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values, attempt }
  const id = String(form.get("participant_id") ?? "")
  const result = await mutate(`/coordinator/participants/${encodeURIComponent(id)}/profile`, { body: parsed.data })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values: formValues(form), attempt }
  // Stays on the page, open where the coordinator was working: a cohort lists dozens of
  // participants, and a notice at the top of the page is out of sight on a phone.
  refresh()
  return { done: true, attempt }
}
