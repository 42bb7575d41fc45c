import { expect, test } from "@playwright/test"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { unique } from "../http/helpers/actors"
import { waitForEmails } from "../http/helpers/outbox"
import { env } from "../http/helpers/env"
import { loginToAdmin } from "./admin"

// The operator invites an outlet buyer from Medusa Admin (/app/outlets); the
// invitation email lands in the outbox and its link opens the outlet portal's
// acceptance page for that email; the buyer sets a name and password, is
// logged in at once, and logs out.

test("the operator invites a buyer for a partner outlet in Medusa Admin; the emailed link lets the buyer in", async ({ page }) => {
  const outlet = OUTLETS[0]!
  const email = `${unique("pembeli-e2e")}@example.com`
  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/outlets`)
  const form = page.getByRole("form", { name: `Undang pembeli ${outlet.name}` })
  await expect(form).toBeVisible({ timeout: 30_000 })
  await form.getByLabel("Email pembeli").fill(email)
  await form.getByRole("button", { name: "Undang pembeli" }).click()
  await expect(form).toContainText(email, { timeout: 30_000 })

  const [mail] = await waitForEmails(email, "outlet-invite")
  const link = mail!.text.match(/https?:\/\/\S+undangan\?token=\S+/)?.[0]
  expect(link, mail!.text).toBeTruthy()
  await page.goto(link!)
  await expect(page.getByText(email)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("main")).toContainText(outlet.name)

  await page.getByLabel("Nama lengkap").fill("Sari Pembeli")
  await page.getByLabel("Kata sandi", { exact: true }).fill("sandi-pembeli-e2e")
  await page.getByLabel("Ulangi kata sandi").fill("sandi-yang-lain")
  await page.getByRole("button", { name: "Terima undangan dan masuk" }).click()
  await expect(page.getByText("Kedua kata sandi tidak sama. Ketik ulang.")).toBeVisible()
  await page.getByLabel("Kata sandi", { exact: true }).fill("sandi-pembeli-e2e")
  await page.getByLabel("Ulangi kata sandi").fill("sandi-pembeli-e2e")
  await page.getByRole("button", { name: "Terima undangan dan masuk" }).click()
  await expect(page).toHaveURL(/\/outlet\?welcome=1$/)
  await expect(page.getByText("Akun Anda siap. Selamat datang di portal outlet.")).toBeVisible()
  await expect(page.getByRole("banner")).toContainText(outlet.name)

  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page).toHaveURL(/\/outlet\/masuk\?loggedOut=1$/)
  await expect(page.getByText("Anda sudah keluar dari portal outlet.")).toBeVisible()
})
