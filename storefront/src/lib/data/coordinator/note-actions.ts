"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { mutate } from "./mutate"

/** Approve (shown on the cohort page, which the backend refreshes) or reject a note, then back to the list saying so. */
export async function moderateNote(form: FormData): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("note_id") ?? "")
  const action = form.get("action") === "approve" ? "approve" : "reject"
  const result = await mutate(`/coordinator/notes/${encodeURIComponent(id)}`, { body: { action } })
  redirect({ href: { pathname: "/coordinator/notes", query: result.ok ? { done: action } : { refused: "1" } }, locale })
}
