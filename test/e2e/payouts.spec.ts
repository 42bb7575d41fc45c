import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { api } from "../http/helpers/api"
import { DEMO_COORDINATORS, demoCoordinator } from "../http/helpers/coordinators"
import { env } from "../http/helpers/env"
import { capturedSale, jakartaThisMonth, runPayout } from "../http/helpers/payouts"
import { setAdminLanguage } from "./admin"
import { expectAdminIn } from "./admin-language"

// Tests in this file run one after the other in one worker (fullyParallel is
// off), so neither payout run sweeps up the other's sale.
// Products 11 (Rutan tali meiwa, coordinator #3) and 23 (Lapas Narkotika
// Banyuasin eceng gondok), used by no other suite.

const operator = DEMO_LOGINS.find((l) => l.role === "operator")!

test("a coordinator follows the month's earnings to a statement, prints it and marks it paid", async ({ page }) => {
  const login = DEMO_COORDINATORS[3]!
  const coordinator = await demoCoordinator(3)
  const { orderId } = await capturedSale([11])
  const run = await runPayout({ period: jakartaThisMonth() })
  expect(run.status, JSON.stringify(run.body)).toBe(201)
  // The participant statement of this run that holds the sale.
  let statementId = ""
  let code = ""
  for (const s of run.body.payout_run.statements.filter((x: any) => x.cohort_id === coordinator.cohortId && x.party_type === "participant")) {
    const detail = await api(`/coordinator/payout-statements/${s.id}`, { token: coordinator.token })
    if (detail.body.payout_statement.lines.some((l: any) => l.order_id === orderId)) {
      statementId = s.id
      code = s.party_label
      break
    }
  }
  expect(statementId).not.toBe("")

  await page.goto("/koordinator/masuk")
  await page.getByLabel("Email").fill(login.email)
  await page.getByLabel("Kata sandi").fill(login.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page).toHaveURL(/\/koordinator$/)

  await page.getByRole("navigation", { name: "Menu portal koordinator" }).getByRole("link", { name: "Pendapatan" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Pendapatan" })).toBeVisible()
  await expect(page.getByTestId("earnings-participants")).toContainText(code)
  await expect(page.getByTestId("earnings-buckets")).toContainText("Bagian peserta")

  await page.getByRole("link", { name: "Lihat slip pembayaran" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Slip pembayaran" })).toBeVisible()
  await page.locator(`[data-statement-id="${statementId}"]`).getByRole("link", { name: `Buka slip ${code}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Slip ${code}` })).toBeVisible()
  await expect(page.getByTestId("statement-status")).toHaveText("Belum dibayar")
  const total = await page.getByTestId("statement-total").textContent()
  expect(total).toMatch(/^Rp\s?[\d.]+$/)

  // The print page: the document alone, in Indonesian, the portal's header hidden on paper.
  await page.getByRole("link", { name: "Halaman cetak" }).click()
  await expect(page).toHaveURL(new RegExp(`/koordinator/slip/${statementId}/cetak$`))
  await expect(page.getByRole("heading", { name: "Slip Pembayaran Bagi Hasil" })).toBeVisible()
  await expect(page.getByTestId("statement-party")).toHaveText(code)
  await page.emulateMedia({ media: "print" })
  await expect(page.getByRole("banner")).toBeHidden()
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden()
  await expect(page.getByTestId("statement-total")).toHaveText(total!)
  await page.emulateMedia({ media: "screen" })

  // The CSV downloads through the portal with the coordinator's session.
  await page.getByRole("link", { name: "Kembali ke slip" }).click()
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV (Excel)" }).click()])
  expect(download.suggestedFilename()).toBe(`slip-${jakartaThisMonth()}-${code}.csv`)

  // Recorded once, with today (the form's default): the form is gone afterwards.
  await page.getByLabel("Referensi pembayaran").fill("Buku tabungan 0042/XI")
  await page.getByRole("button", { name: "Tandai sudah dibayar" }).click()
  await expect(page.getByRole("status")).toHaveText("Pembayaran tercatat.")
  await expect(page.getByTestId("statement-status")).toContainText("referensi Buku tabungan 0042/XI")
  await expect(page.getByRole("button", { name: "Tandai sudah dibayar" })).toHaveCount(0)
  const after = await api(`/coordinator/payout-statements/${statementId}`, { token: coordinator.token })
  expect(after.body.payout_statement).toEqual(expect.objectContaining({ status: "paid", paid_by_type: "coordinator", paid_reference: "Buku tabungan 0042/XI" }))

  // The same pages in English; the printed statement stays Indonesian.
  await page.goto("/en/coordinator/earnings")
  await expect(page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible()
  await expect(page.getByTestId("earnings-participants")).toContainText(code)
  await page.goto(`/en/coordinator/statements/${statementId}`)
  await expect(page.getByRole("heading", { level: 1, name: `Statement ${code}` })).toBeVisible()
  await expect(page.getByTestId("statement-status")).toContainText("reference Buku tabungan 0042/XI")
  await page.goto(`/en/coordinator/statements/${statementId}/print`)
  await expect(page.getByRole("heading", { name: "Slip Pembayaran Bagi Hasil" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible()
})

test("the operator runs the month's payout in Medusa Admin and opens a statement", async ({ page }) => {
  await capturedSale([23])

  await page.goto(`${env.backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(operator.email)
  await page.locator('input[name="password"]').fill(operator.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 30_000 })

  await page.goto(`${env.backendUrl}/app/payouts`)
  await expect(page.getByRole("heading", { level: 1, name: "Pembayaran bagi hasil" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByLabel("Bulan")).toHaveValue(jakartaThisMonth())
  await page.getByRole("button", { name: "Jalankan pembayaran" }).click()
  await expect(page.getByRole("status").filter({ hasText: `Pembayaran ${jakartaThisMonth()}:` })).toBeVisible()

  const runs = await api("/admin/payouts", { token: (await api("/auth/user/emailpass", { body: { email: operator.email, password: operator.password } })).body.token })
  const newest = runs.body.payout_runs[0]
  const row = page.locator(`[data-payout-run-id="${newest.id}"]`)
  await expect(row.getByText(`${newest.statement_count} slip`)).toBeVisible()
  const statementLink = row.getByRole("link", { name: "Buka slip" }).first()
  await expect(statementLink).toBeVisible()
  await statementLink.click()
  await expect(page.getByRole("heading", { level: 1, name: "Slip pembayaran bagi hasil" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("button", { name: "Tandai sudah dibayar" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", /\/admin\/payout-statements\/paystm_[^/]+\/csv$/)
  await expectAdminIn(page, "id")

  // The statement and the run with the Admin in English (Profile → Language).
  await setAdminLanguage(page, "en")
  await page.reload()
  await expect(page.getByRole("heading", { level: 1, name: "Revenue-share statement" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(`Period: ${newest.period} (Jakarta time, WIB)`)).toBeVisible()
  await expect(page.getByRole("columnheader", { name: "Amount" })).toBeVisible()
  await expect(page.getByTestId("statement-total")).toHaveText(/^Rp\s\d{1,3}(\.\d{3})*$/)
  await expect(page.getByRole("button", { name: "Mark as paid" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /\/admin\/payout-statements\/paystm_[^/]+\/csv$/)
  await expectAdminIn(page, "en")
  await page.getByRole("link", { name: "Back to payouts" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Revenue-share payouts" })).toBeVisible({ timeout: 30_000 })
  const runRow = page.locator(`[data-payout-run-id="${newest.id}"]`)
  await expect(runRow).toContainText(`Period ${newest.period}`)
  await expect(runRow).toContainText(`${newest.statement_count} statement`)
  await runRow.getByRole("button", { name: "View statements" }).click()
  await expect(runRow.getByRole("link", { name: "Open statement" }).first()).toBeVisible()
  await expectAdminIn(page, "en")
})
