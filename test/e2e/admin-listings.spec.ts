import { expect, test } from "@playwright/test"
import { api } from "../http/helpers/api"
import { categoryId, createDraft } from "../http/helpers/coordinator-products"
import { demoCoordinator } from "../http/helpers/coordinators"
import { env } from "../http/helpers/env"
import { loginToAdmin } from "./admin"

// The operator's review queue in Medusa Admin (backend /app): a coordinator
// submits two products through the API, the operator rejects one with a reason
// and publishes the other in the browser, and the coordinator API shows both decisions.

async function submittedProduct(token: string, cohortId: string, category: string) {
  const draft = await createDraft(token, cohortId, category)
  const res = await api(`/coordinator/products/${draft.id}/submit`, { token, method: "POST", body: {} })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return draft as { id: string; title: string }
}

test("the operator rejects one submitted product with a reason and publishes another", async ({ page }) => {
  const coordinator = await demoCoordinator(0)
  const category = await categoryId()
  const toReject = await submittedProduct(coordinator.token, coordinator.cohortId, category)
  const toPublish = await submittedProduct(coordinator.token, coordinator.cohortId, category)

  await loginToAdmin(page)

  await page.goto(`${env.backendUrl}/app/listings`)
  await expect(page.getByRole("heading", { level: 1, name: "Tinjauan produk" })).toBeVisible({ timeout: 30_000 })

  const rejectRow = page.locator(`[data-product-id="${toReject.id}"]`)
  await expect(rejectRow.getByRole("link", { name: toReject.title })).toHaveAttribute("href", `/app/products/${toReject.id}`)
  await rejectRow.getByRole("button", { name: "Tolak" }).click()
  // A reason is required: without one nothing is sent and the row says why.
  await rejectRow.getByRole("button", { name: "Kirim penolakan" }).click()
  await expect(rejectRow.getByRole("alert")).toHaveText("Tulis alasan penolakan (minimal 5 karakter)")
  const reason = "Foto produk buram, mohon unggah foto yang lebih jelas."
  await rejectRow.getByLabel("Alasan penolakan").fill(reason)
  await rejectRow.getByRole("button", { name: "Kirim penolakan" }).click()
  await expect(rejectRow).toHaveCount(0)

  const publishRow = page.locator(`[data-product-id="${toPublish.id}"]`)
  await publishRow.getByRole("button", { name: "Tayangkan" }).click()
  await expect(publishRow).toHaveCount(0)

  const rejected = await api(`/coordinator/products/${toReject.id}`, { token: coordinator.token })
  expect(rejected.body.product.listing).toEqual({ state: "rejected", reason })
  const published = await api(`/coordinator/products/${toPublish.id}`, { token: coordinator.token })
  expect(published.body.product.listing).toEqual({ state: "published" })
  // Out of the shop again at once: it has no stock and no food licence, and the
  // catalog suites open the newest product of a category.
  const archived = await api(`/coordinator/products/${toPublish.id}/archive`, { token: coordinator.token, body: {} })
  expect(archived.status, JSON.stringify(archived.body)).toBe(200)
})
