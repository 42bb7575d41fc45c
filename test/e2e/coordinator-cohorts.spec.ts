import { expect, test } from "@playwright/test"
import { operatorToken, unique } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { seededVariant } from "../http/helpers/checkout"
import { categoryId, createDraft } from "../http/helpers/coordinator-products"
import { DEMO_COORDINATORS, demoCoordinator } from "../http/helpers/coordinators"
import { waitForEmails } from "../http/helpers/outbox"
import { cohortOrder, foodBatch, participantsOf, placeOrderWith, recordBatch, waitForDraws } from "../http/helpers/production"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { loginToPortal, portalNav } from "./portal"

// The portal's cohort switcher, participants and batches in the browser.

const PASSWORD = "kata-sandi-dua-kohort"

/** A coordinator invited (API) for two seeded cohorts, who accepted the invitation (API). */
async function twoCohortCoordinator() {
  const token = await operatorToken()
  const { body } = await api("/admin/cohorts?limit=100&fields=id,name,handle", { token })
  const [a, b] = ["lapas-perempuan-palembang-pisang", "rutan-palembang-tali-meiwa"].map(
    (handle) => body.cohorts.find((c: { handle: string }) => c.handle === handle) as { id: string; name: string; handle: string }
  )
  const email = `${unique("dua-kohort")}@contoh.id`
  const invite = await api("/admin/coordinator-invites", { token, body: { email, cohort_ids: [a!.id, b!.id] } })
  expect(invite.status, JSON.stringify(invite.body)).toBe(201)
  const [mail] = await waitForEmails(email, "coordinator-invite")
  const inviteToken = mail?.text.match(/undangan\?token=([^\s"')>&]+)/)?.[1]
  const accepted = await api("/coordinator-invites/accept", { body: { token: decodeURIComponent(inviteToken!), name: "Pak Yusuf", password: PASSWORD } })
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  return { email, a: a!, b: b! }
}

const titlesOf = (handle: string) => PRODUCTS.filter((p) => p.cohort === handle).map((p) => p.title)

test("a coordinator of two cohorts switches between them; products and batches follow", async ({ page }) => {
  const { email, a, b } = await twoCohortCoordinator()
  await loginToPortal(page, "/koordinator/produk", email, PASSWORD)
  const switcher = page.getByLabel("Kelompok")
  await expect(switcher.locator("option")).toHaveCount(2)
  const main = page.getByRole("main")

  // The portal opens on the first cohort. Switching is waited for by its
  // visible result: a "switch" to the cohort already shown changes nothing to
  // wait for, and a second switch could then race the first one's refresh.
  await expect(main).toContainText(titlesOf(a.handle)[0]!)
  await expect(main).not.toContainText(titlesOf(b.handle)[0]!)
  await switcher.selectOption({ label: b.name })
  await page.getByRole("button", { name: "Ganti" }).click()
  await expect(page).toHaveURL(/\/koordinator\/produk$/)
  await expect(main).toContainText(titlesOf(b.handle)[0]!)
  await expect(main).not.toContainText(titlesOf(a.handle)[0]!)

  // The choice holds on the other pages: the batch list (its first page) shows the second cohort's batches only.
  await portalNav(page).getByRole("link", { name: "Batch produksi", exact: true }).click()
  const anyTitleOf = (handle: string) => new RegExp(titlesOf(handle).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"))
  await expect(page.getByRole("table")).toContainText(anyTitleOf(b.handle))
  await expect(page.getByRole("table")).not.toContainText(anyTitleOf(a.handle))
})

test("a coordinator renames a participant and deactivates them", async ({ page }) => {
  const coordinator = await demoCoordinator(2)
  const created = await api("/coordinator/participants", { token: coordinator.token, body: { cohort_id: coordinator.cohortId, display_name: "Nama Lama" } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id, code } = created.body.participant as { id: string; code: string }
  await loginToPortal(page, "/koordinator/peserta", coordinator.email, DEMO_COORDINATORS[2]!.password)

  const card = page.getByRole("listitem").filter({ hasText: code })
  await expect(card.getByText("Aktif", { exact: true })).toBeVisible()
  await card.getByLabel(`Nama tampilan ${code}`).fill("Ibu Ratna")
  await card.getByRole("button", { name: "Simpan nama" }).click()
  await expect(page.getByLabel(`Nama tampilan ${code}`)).toHaveValue("Ibu Ratna")

  await page.getByRole("button", { name: `Nonaktifkan ${code}` }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan tersimpan.")
  await expect(page.getByRole("listitem").filter({ hasText: code }).getByText("Tidak aktif", { exact: true })).toBeVisible()
  await expect(page.getByRole("button", { name: `Aktifkan lagi ${code}` })).toBeVisible()
  const saved = (await participantsOf(coordinator)).find((p) => p.id === id)
  expect(saved).toMatchObject({ display_name: "Ibu Ratna", active: false })
})

test("a batch's recall list shows the order that received it, after a real purchase", async ({ page }) => {
  // Product 12 of the seed (a handicraft of the rope-bag cohort); no other suite buys it.
  const index = DEMO_COORDINATORS.findIndex((l) => l.cohortHandle === PRODUCTS[12]!.cohort)
  const coordinator = await demoCoordinator(index)
  const variant = await seededVariant(12)
  const order = await placeOrderWith([{ variantId: variant.variantId, quantity: 1 }])
  await waitForDraws(coordinator, order.id)
  const view = await cohortOrder(coordinator, order.id)
  const batchId = view.items[0].batches[0].batch_id as string

  await loginToPortal(page, `/koordinator/batch/${batchId}`, coordinator.email, DEMO_COORDINATORS[index]!.password)
  await expect(page.getByRole("heading", { name: "Penarikan (recall)" })).toBeVisible()
  const row = page.getByRole("row", { name: new RegExp(`#${view.display_id}\\b`) })
  await expect(row).toContainText(order.email)
  await expect(row.getByRole("cell").first()).toHaveText("1")
})

test("food expiring within 30 days is flagged in the batch list", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  const soon = await recordBatch(coordinator, await foodBatch(coordinator, draft.variants[0].id, 3, 10))
  const later = await recordBatch(coordinator, await foodBatch(coordinator, draft.variants[1].id, 3, 90))
  expect([soon.status, later.status]).toEqual([201, 201])

  await loginToPortal(page, "/koordinator/batch", coordinator.email, DEMO_COORDINATORS[1]!.password)
  const soonRow = page.getByRole("row").filter({ hasText: soon.body.batch.batch_code })
  await expect(soonRow.getByText(/^Kedaluwarsa (9|10) hari lagi$/)).toBeVisible()
  const laterRow = page.getByRole("row").filter({ hasText: later.body.batch.batch_code })
  await expect(laterRow).toBeVisible()
  await expect(laterRow.getByText(/Kedaluwarsa .* hari lagi/)).toHaveCount(0)
})
