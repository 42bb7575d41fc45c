"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parseParticipantForm } from "@/lib/validation/coordinator/participant"
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
