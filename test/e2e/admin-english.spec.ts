import { expect, test, type Page } from "@playwright/test"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { api } from "../http/helpers/api"
import { categoryId, createDraft } from "../http/helpers/coordinator-products"
import { demoCoordinator } from "../http/helpers/coordinators"
import { variantOf } from "../http/helpers/customers"
import { env } from "../http/helpers/env"
import { demoOutlet, placeOutletOrder } from "../http/helpers/outlets"
import { restock } from "../http/helpers/production"
import { allocated, capture, placeBankTransferOrder, waitForShares } from "../http/helpers/revenue-share"
import { loginToAdmin } from "./admin"
import { expectAdminIn, ONLY_IN } from "./admin-language"

// Medusa Admin in English (Profile → Language, the `lng` cookie): every page
// and widget of ours speaks English, with English dates and number separators;
// without a choice they stay Indonesian. The payout statement page is checked
// in payouts.spec.ts, whose tests are the only ones that may run a payout.

const NAV = ["Product review", "Coordinators", "Revenue shares", "Revenue-share payouts", "Partner outlets", "Impact"]
const EN_DATE = /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/

async function openPage(page: Page, path: string, heading: string) {
  await page.goto(`${env.backendUrl}/app/${path}`)
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
}

test("the review queue and the coordinator invitation in English", async ({ page }) => {
  expect(ONLY_IN.id.length).toBeGreaterThan(80)
  const coordinator = await demoCoordinator(0)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  const submitted = await api(`/coordinator/products/${draft.id}/submit`, { token: coordinator.token, method: "POST", body: {} })
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)

  await loginToAdmin(page, "en")
  await openPage(page, "listings", "Product review")
  for (const label of NAV) await expect(page.getByRole("navigation").getByRole("link", { name: label, exact: true })).toBeVisible()
  const row = page.locator(`[data-product-id="${draft.id}"]`)
  await expect(row).toContainText(/Submitted \d{1,2}\/\d{1,2}\/\d{4}/)
  await row.getByRole("button", { name: "Reject" }).click()
  await row.getByRole("button", { name: "Send rejection" }).click()
  await expect(row.getByRole("alert")).toHaveText("Write a reason for the rejection (at least 5 characters)")
  await expectAdminIn(page, "en")
  await row.getByLabel("Reason for rejection").fill("The photo is blurry, please upload a sharper one.")
  await row.getByRole("button", { name: "Send rejection" }).click()
  await expect(row).toHaveCount(0)

  await openPage(page, "koordinator", "Coordinators")
  await page.getByRole("button", { name: "Send invitation" }).click()
  await expect(page.getByRole("alert")).toHaveText("Choose at least one cohort")
  await expect(page.getByLabel("Name (optional)")).toBeVisible()
  // The page lists coordinators by name; the seed names them "Koordinator <cohort>".
  await expectAdminIn(page, "en", [/^Koordinator .*$/gm])
})

test("revenue-share rules, payouts and partner outlets in English", async ({ page }) => {
  await loginToAdmin(page, "en")
  await openPage(page, "revenue-shares", "Revenue shares")
  await expect(page.getByTestId("rule-version").first()).toContainText(EN_DATE)
  await expect(page.getByRole("columnheader", { name: "Effective from" }).first()).toBeVisible()
  await page.getByRole("button", { name: "New rule" }).click()
  const form = page.getByRole("form", { name: "New rule" })
  await expect(form.getByLabel("Basis points for Participants (wages)")).toHaveValue("5000")
  await expect(form.getByTestId("bucket-sum")).toHaveText("Sum: 10,000 / 10,000 ✓")
  await expectAdminIn(page, "en")
  await form.getByRole("button", { name: "Cancel" }).click()

  await openPage(page, "payouts", "Revenue-share payouts")
  await expect(page.getByLabel("Month")).toHaveValue(/^\d{4}-\d{2}$/)
  await expect(page.getByRole("button", { name: "Run payout" })).toBeVisible()
  await expectAdminIn(page, "en")

  const plaju = OUTLETS[0]!
  await openPage(page, "outlets", "Pertamina partner outlets")
  const invite = page.getByRole("form", { name: `Invite a buyer for ${plaju.name}` })
  await expect(invite.getByLabel("Buyer's email")).toBeVisible()
  // Money reads as the shop writes it in every Admin language (one formatter).
  await expect(page.getByRole("definition").filter({ hasText: /^14 days \/ Rp 300\.000$/ }).first()).toBeVisible()
  await expect(page.getByText("Consigned goods").first()).toBeVisible()
  await expectAdminIn(page, "en")
})

// Two cartons of 200 g banana chips meet Plaju's minimum.
test("an outlet order's invoice widget in English: marked paid with a reference", async ({ page }) => {
  await restock("KB-PSG-KRP-ORI-200", 2 * (await demoOutlet(0)).catalog.get("KB-PSG-KRP-ORI-200")!.case_pack_units)
  const outletOrder = await placeOutletOrder(await demoOutlet(0), { "KB-PSG-KRP-ORI-200": 2 }, { po_number: "PO-E2E-EN" })
  expect(outletOrder.status, JSON.stringify(outletOrder.body)).toBe(201)

  await loginToAdmin(page, "en")
  await page.goto(`${env.backendUrl}/app/orders/${outletOrder.body.order.id}`)
  await expect(page.getByRole("heading", { name: "Outlet invoice" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/^PO no\. PO-E2E-EN · due \d{4}-\d{2}-\d{2} · terms 14 days$/)).toBeVisible()
  await page.getByLabel("Payment reference").fill("TRF-E2E-EN-01")
  await page.getByRole("button", { name: "Mark invoice paid" }).click()
  const paid = page.getByRole("status").filter({ hasText: "Paid on" })
  await expect(paid).toContainText("(ref. TRF-E2E-EN-01). The payment has been captured.", { timeout: 30_000 })
  await expectAdminIn(page, "en")
})

test("a paid order's revenue-share widget in English", async ({ page }) => {
  await restock("KB-TMW-KRS-S", 1)
  const sale = await placeBankTransferOrder([{ variantId: await variantOf(13), quantity: 1 }])
  await capture(sale.id)
  const shares = await waitForShares(sale.id, allocated)
  const participant = shares.lines[0]!.entries.find((e) => e.bucket === "participants")!

  await loginToAdmin(page, "en")
  await page.goto(`${env.backendUrl}/app/orders/${sale.id}`)
  const widget = page.getByTestId("order-revenue-shares")
  await expect(widget.getByRole("heading", { name: "Revenue shares" })).toBeVisible({ timeout: 30_000 })
  await expect(widget).toContainText(participant.party_label)
  await expect(widget).toContainText("Platform operations")
  await expect(widget).toContainText(EN_DATE)
  // Whole rupiah as the shop writes it ("Rp 35.000"), not "Rp 35,000 IDR", in English too.
  await expect(widget).toContainText(/Rp \d{1,3}(\.\d{3})+(?![.,]?\d)/)
  await expect(widget).not.toContainText(/IDR|Rp\s\d{1,3},\d{3}/)
  await expectAdminIn(page, "en")
})

test("without a language chosen the same pages stay Indonesian", async ({ page }) => {
  await loginToAdmin(page)
  await openPage(page, "revenue-shares", "Bagi hasil")
  await expect(page.getByRole("navigation").getByRole("link", { name: "Tinjauan produk", exact: true })).toBeVisible()
  await expect(page.getByTestId("rule-version").first()).toContainText(/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/)
  await page.getByRole("button", { name: "Aturan baru" }).click()
  await expect(page.getByRole("form", { name: "Aturan baru" }).getByTestId("bucket-sum")).toHaveText("Jumlah: 10.000 / 10.000 ✓")
  await expectAdminIn(page, "id")
})
