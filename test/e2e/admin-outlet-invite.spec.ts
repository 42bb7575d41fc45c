import { expect, test } from "@playwright/test"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { unique } from "../http/helpers/actors"
import { waitForEmails } from "../http/helpers/outbox"
import { env } from "../http/helpers/env"
import { loginToAdmin } from "./admin"

// The operator invites an outlet buyer from Medusa Admin (/app/outlets); the
// invitation email lands in the outbox and its link opens the outlet portal's
// acceptance page for that email.

test("the operator invites a buyer for a partner outlet in Medusa Admin, and the emailed link opens the invitation", async ({ page }) => {
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
})
