"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"

/** Places units of one of the cohort's batches at a partner outlet on consignment. */
export async function consignBatch(state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const attempt = (state.attempt ?? 0) + 1
  const batchId = String(form.get("batch_id") ?? "")
  const outletId = String(form.get("outlet_id") ?? "")
  const quantity = Number(form.get("quantity"))
  const values = { outlet_id: outletId, quantity: String(form.get("quantity") ?? "") }
  if (!outletId) return { errors: { outlet_id: "required" }, values, attempt }
  if (!Number.isInteger(quantity) || quantity <= 0) return { errors: { quantity: "quantity" }, values, attempt }
  const result = await mutate("/coordinator/consignments", { body: { outlet_id: outletId, batch_id: batchId, quantity } })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values, attempt }
  return redirect({ href: { pathname: "/coordinator/batches/[id]", params: { id: batchId }, query: { consigned: String(quantity) } }, locale })
}
