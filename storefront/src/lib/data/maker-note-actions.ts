"use server"

import { refresh } from "next/cache"
import { noteProblems, type NoteFormState } from "@/lib/util/note-refusal"
import { postOrderNote } from "./maker-notes"
import { isPortalApiStatus, type PortalApiError } from "./portal-fetch"
import { outletFetch } from "./outlet/client"

/** What the form sent, trimmed; an empty first name or cohort is left out of the request. */
function noteBody(form: FormData) {
  const values = {
    first_name: String(form.get("first_name") ?? "").trim(),
    message: String(form.get("message") ?? "").trim(),
    cohort_id: String(form.get("cohort_id") ?? "").trim(),
  }
  const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")) as Record<string, string>
  return { values, body }
}

/**
 * A shopper's thank-you (account order page, confirmation page). The
 * backend screens it (phone numbers, links, addresses) and keeps one per
 * order and cohort; the form words its refusal. `orderId` is bound by the page.
 */
export async function sendOrderNote(orderId: string, _state: NoteFormState, form: FormData): Promise<NoteFormState> {
  const { values, body } = noteBody(form)
  const sent = await postOrderNote(orderId, body)
  if (!sent.ok) return { status: "refused", problems: sent.problems, values }
  // The page re-reads its notes: the one sent is listed with its state, and the
  // form (which still says "sent") offers only the cohorts not thanked yet.
  refresh()
  return { status: "sent" }
}

/** The same from a partner outlet's order page. */
export async function sendOutletOrderNote(orderId: string, _state: NoteFormState, form: FormData): Promise<NoteFormState> {
  const { values, body } = noteBody(form)
  try {
    await outletFetch(`/outlet/orders/${encodeURIComponent(orderId)}/notes`, { method: "POST", body })
  } catch (error) {
    if (isPortalApiStatus(error, 400, 404, 409)) return { status: "refused", problems: noteProblems((error as PortalApiError).problems), values }
    throw error
  }
  refresh()
  return { status: "sent" }
}
