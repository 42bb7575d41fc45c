"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { formValues } from "@/lib/validation/coordinator/form-data"
import { checkImageFiles } from "@/lib/validation/coordinator/images"
import { createProductBody, parseProductForm, updateProductBody } from "@/lib/validation/coordinator/product"
import type { CoordinatorUploadResponse } from "@karya-binaan/contract"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"
import { getCoordinator } from "./session"

type ProductAnswer = { product: { id: string } }

async function uploadImages(files: File[]): Promise<CoordinatorUploadResponse["files"] | { message: string }> {
  if (!files.length) return []
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  const result = await mutate<CoordinatorUploadResponse>("/coordinator/uploads", { form })
  return result.ok ? result.data.files : { message: result.message }
}

/** Creates a draft in the cohort, or saves the product named by `product_id`; photos are uploaded first. */
export async function saveProduct(state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const attempt = (state.attempt ?? 0) + 1
  const coordinator = await getCoordinator()
  if (!coordinator) return redirect({ href: "/coordinator/login", locale })
  const id = String(form.get("product_id") ?? "")
  const cohortId = String(form.get("cohort_id") ?? "")
  if (!id && !coordinator.cohorts.some((c) => c.id === cohortId)) return { message: "cohortGone" }

  const parsed = parseProductForm(form)
  const kept = form.getAll("keep_images").map(String)
  const chosen = checkImageFiles(form.getAll("images"), kept.length)
  if (!parsed.ok || chosen.error) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(chosen.error ? { images: chosen.error } : {}) }
    return { errors, values: formValues(form), attempt }
  }
  const uploaded = await uploadImages(chosen.files)
  if (!Array.isArray(uploaded)) return { errors: { images: "imageRefused" }, detail: uploaded.message, values: formValues(form), attempt }

  const images = [...kept.map((url) => ({ url })), ...uploaded.map((f) => ({ url: f.url, thumbnail_url: f.thumbnail_url }))]
  const result = id
    ? await mutate<ProductAnswer>(`/coordinator/products/${encodeURIComponent(id)}`, { body: updateProductBody(parsed.data, images) })
    : await mutate<ProductAnswer>("/coordinator/products", { body: createProductBody(cohortId, parsed.data, images) })
  if (!result.ok) return { message: "saveRefused", detail: result.message, values: formValues(form), attempt }
  return redirect({ href: { pathname: "/coordinator/products/[id]", params: { id: result.data.product.id }, query: { saved: "1" } }, locale })
}

async function listingStep(form: FormData, step: "submit" | "archive"): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("product_id") ?? "")
  const result = await mutate(`/coordinator/products/${encodeURIComponent(id)}/${step}`, { body: {} })
  const query = result.ok ? { done: step } : { refused: step }
  redirect({ href: { pathname: "/coordinator/products/[id]", params: { id }, query }, locale })
}

/** Asks an operator to review and publish the product. */
export async function submitProduct(form: FormData): Promise<void> {
  await listingStep(form, "submit")
}

/** Takes the product off sale for good (its history stays). */
export async function archiveProduct(form: FormData): Promise<void> {
  await listingStep(form, "archive")
}
