import { expect, test } from "@playwright/test"
import { operatorToken, unique } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { env } from "../http/helpers/env"
import { waitForEmails } from "../http/helpers/outbox"
import { loginToAdmin } from "./admin"

// The operator's "Koordinator" page in Medusa Admin: an invitation for one
// cohort, sent from the browser, arrives in the outbox with a working link.

test("the operator invites a coordinator for a cohort; the emailed link opens the acceptance page", async ({ page }) => {
  const { body } = await api("/admin/cohorts?limit=2&fields=id,name", { token: await operatorToken() })
  const cohort = body.cohorts[1] as { id: string; name: string }
  const email = `${unique("undangan-admin")}@contoh.id`

  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/koordinator`)
  await expect(page.getByRole("heading", { level: 2, name: "Undang koordinator" })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Nama (opsional)").fill("Pak Darman")
  // Without a cohort nothing is sent.
  await page.getByRole("button", { name: "Kirim undangan" }).click()
  await expect(page.getByRole("alert")).toHaveText("Pilih setidaknya satu kohort")
  await page.getByRole("checkbox", { name: cohort.name }).check()
  await page.getByRole("button", { name: "Kirim undangan" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Undangan terkirim" })).toContainText(`Undangan terkirim ke ${email}`)

  const [mail] = await waitForEmails(email, "coordinator-invite")
  expect(mail, `no invitation email to ${email} in the outbox`).toBeTruthy()
  const link = mail!.text.match(/https?:\/\/\S+\/koordinator\/undangan\?token=[^\s"')>]+/)?.[0]
  expect(link).toBeTruthy()
  const url = new URL(link!)
  await page.goto(`${url.pathname}${url.search}`)
  await expect(page.getByRole("heading", { level: 1, name: "Terima undangan koordinator" })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText(cohort.name)).toBeVisible()
  await expect(page.getByRole("button", { name: "Terima undangan dan masuk" })).toBeVisible()
})
