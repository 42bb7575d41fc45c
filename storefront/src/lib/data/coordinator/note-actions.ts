"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parsePage } from "@/lib/util/catalog-params"
import { mutate } from "./mutate"

/** Approve (shown on the cohort page, which the backend refreshes) or reject a note, then back to the same page of the list saying so. */
export async function moderateNote(form: FormData): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("note_id") ?? "")
  const action = form.get("action") === "approve" ? "approve" : "reject"
  const page = parsePage(String(form.get("page") ?? ""))
  const result = await mutate(`/coordinator/notes/${encodeURIComponent(id)}`, { body: { action } })
  const outcome = result.ok ? { done: action } : { refused: "1" }
  redirect({ href: { pathname: "/coordinator/notes", query: page > 1 ? { ...outcome, page: String(page) } : outcome }, locale })
}
