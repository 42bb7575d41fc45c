"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parseMarkPaidForm } from "@/lib/validation/coordinator/payout"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"
import { jakartaToday } from "@/lib/util/jakarta-time"

/** The coordinator records the facility's payment of a statement; a paid one is refused by the backend (409) with its reason. */
export async function markStatementPaid(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseMarkPaidForm(form, jakartaToday())
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const id = String(form.get("statement_id") ?? "")
  const result = await mutate(`/coordinator/payout-statements/${encodeURIComponent(id)}/mark-paid`, { body: parsed.data })
  if (!result.ok) return { message: result.status === 409 ? "alreadyPaid" : "saveRefused", detail: result.message, values: parsed.data }
  return redirect({ href: { pathname: "/coordinator/statements/[id]", params: { id }, query: { paid: "1" } }, locale })
}
