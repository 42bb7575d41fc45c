import { expect, test, type Page } from "@playwright/test"
import { DEMO_COORDINATORS, demoCoordinator } from "../http/helpers/coordinators"
import { api } from "../http/helpers/api"
import { categoryId, createDraft } from "../http/helpers/coordinator-products"
import { onlyIn, readMessages, wordsIn } from "./language-scan"
import { loginToPortal, portalNav } from "./portal"

// The English portal (/en/coordinator/…): every page in English, with no
// Indonesian interface text and no message key shown in place of a text.

const file = (locale: string) => readMessages(`storefront/messages/${locale}/coordinator.json`)
const INDONESIAN = onlyIn(file("id"), file("en"))

async function expectEnglish(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const text = await page.locator("body").innerText()
  expect(wordsIn(text, INDONESIAN), "Indonesian interface text on an English page").toEqual([])
  // next-intl shows "Namespace.key" for a missing message.
  expect(text.match(/\b(Coordinator|Common|Account)[A-Za-z]*\.[a-z][\w.]*/g), "missing message keys").toBeNull()
}

test("the English portal: products, a product, participants, batches, a batch, orders", async ({ page }) => {
  expect(INDONESIAN.length).toBeGreaterThan(50)
  const coordinator = await demoCoordinator(0)
  const { body } = await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}`, { token: coordinator.token })
  const batch = body.batches[0] as { id: string; batch_code: string }
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  await loginToPortal(page, "/en/coordinator/products", coordinator.email, DEMO_COORDINATORS[0]!.password)
  const nav = portalNav(page, "Coordinator portal menu")

  await expectEnglish(page, "Products")
  // A draft opens with its edit form: every label and hint in English.
  await page.getByRole("main").getByRole("link", { name: draft.title }).click()
  await expect(page).toHaveURL(new RegExp(`/en/coordinator/products/${draft.id}$`))
  await expectEnglish(page, draft.title)
  await expect(page.getByLabel("Product name (Indonesian)", { exact: true })).toHaveValue(draft.title)

  await nav.getByRole("link", { name: "Participants", exact: true }).click()
  await expect(page).toHaveURL(/\/en\/coordinator\/participants$/)
  await expectEnglish(page, "Participants")

  await nav.getByRole("link", { name: "Production batches", exact: true }).click()
  await expect(page).toHaveURL(/\/en\/coordinator\/batches$/)
  await expectEnglish(page, "Production batches")
  await page.getByRole("link", { name: batch.batch_code }).click()
  await expect(page).toHaveURL(new RegExp(`/en/coordinator/batches/${batch.id}$`))
  await expectEnglish(page, `Batch ${batch.batch_code}`)

  await nav.getByRole("link", { name: "Orders", exact: true }).click()
  await expect(page).toHaveURL(/\/en\/coordinator\/orders$/)
  await expectEnglish(page, "Orders")
})
