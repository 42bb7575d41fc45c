"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { parseBatchForm } from "@/lib/validation/coordinator/batch"
import { formValues } from "@/lib/validation/coordinator/form-data"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"
import { listCohortProducts } from "./products"

/** Records what was made and by whom; the backend adds the quantity to the cohort's stock. */
export async function recordBatch(state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const attempt = (state.attempt ?? 0) + 1
  const cohortId = String(form.get("cohort_id") ?? "")
  // Which variants are food (they need an expiry date) comes from the products, not from the form.
  const products = await listCohortProducts(cohortId)
  const foodVariantIds = new Set(products.filter((p) => p.foodLabel).flatMap((p) => p.variants.map((v) => v.id)))
  const parsed = parseBatchForm(form, { foodVariantIds, today: jakartaToday() })
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values, attempt }
  const result = await mutate<{ batch: { id: string } }>("/coordinator/batches", { body: { cohort_id: cohortId, ...parsed.data } })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values: formValues(form), attempt }
  return redirect({ href: { pathname: "/coordinator/batches/[id]", params: { id: result.data.batch.id }, query: { recorded: "1" } }, locale })
}
