import { expect, test, type Page } from "@playwright/test"
import { operatorToken, unique } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { env } from "../http/helpers/env"
import { waitForEmails } from "../http/helpers/outbox"
import { loginToAdmin } from "./admin"

// The operator's "Koordinator" page in Medusa Admin: coordinators with their
// cohorts and last sign-in (revoke access), pending invitations (resend).

type Cohort = { id: string; name: string }

/** An accepted coordinator (signed in once) and a pending invitation, both for one cohort. */
async function fixtures() {
  const token = await operatorToken()
  const { body } = await api("/admin/cohorts?limit=3&fields=id,name", { token })
  const cohort = body.cohorts[2] as Cohort
  const name = `Ibu ${unique("Halaman").replace(/[^a-z0-9]/gi, "")}`
  const email = `${unique("koor-admin")}@contoh.id`
  expect((await api("/admin/coordinator-invites", { token, body: { email, cohort_ids: [cohort.id] } })).status).toBe(201)
  const [mail] = await waitForEmails(email, "coordinator-invite")
  const inviteToken = decodeURIComponent(mail!.text.match(/\/koordinator\/undangan\?token=(\S+)/)![1]!)
  const password = "sandi-halaman-admin"
  expect((await api("/coordinator-invites/accept", { body: { token: inviteToken, name, password } })).status).toBe(200)
  expect((await api("/auth/coordinator/emailpass", { body: { email, password } })).status).toBe(200)
  const pending = `${unique("tertunda")}@contoh.id`
  expect((await api("/admin/coordinator-invites", { token, body: { email: pending, cohort_ids: [cohort.id] } })).status).toBe(201)
  return { cohort, name, email, pending }
}

async function openCoordinators(page: Page, heading: string) {
  await page.goto(`${env.backendUrl}/app/koordinator`)
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
}

test("the operator sees a coordinator's cohorts and last sign-in, resends a pending invitation and revokes access", async ({ page }) => {
  const { cohort, name, email, pending } = await fixtures()
  await loginToAdmin(page, "id")
  await openCoordinators(page, "Koordinator")

  const card = page.getByRole("region", { name: "Daftar koordinator" }).getByRole("listitem", { name })
  await expect(card).toContainText(email)
  await expect(card).toContainText(cohort.name)
  await expect(card).toContainText("Terakhir masuk")
  await expect(card).toContainText("Aktif")

  const invite = page.getByRole("region", { name: "Undangan tertunda" }).getByRole("listitem", { name: pending })
  await expect(invite).toContainText(cohort.name)
  await expect(invite).toContainText("Berlaku sampai")
  await invite.getByRole("button", { name: "Kirim ulang" }).click()
  await expect(page.getByRole("status").filter({ hasText: `Undangan terkirim ke ${pending}` })).toBeVisible()
  await expect.poll(async () => (await waitForEmails(pending, "coordinator-invite", 2)).length).toBe(2)

  await card.getByRole("button", { name: "Cabut akses" }).click()
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toContainText(`Cabut akses ${name}?`)
  await dialog.getByRole("button", { name: "Cabut akses" }).click()
  await expect(page.getByRole("status").filter({ hasText: `Akses ${name} telah dicabut.` })).toBeVisible()
  await expect(card).toContainText("Akses dicabut")
  await expect(card.getByRole("button", { name: "Cabut akses" })).toHaveCount(0)
})

test("on a phone (390 px) the coordinator page fits the screen, in English", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const { name, pending } = await fixtures()
  await loginToAdmin(page, "en")
  await openCoordinators(page, "Coordinators")
  const card = page.getByRole("region", { name: "All coordinators" }).getByRole("listitem", { name })
  await expect(card).toContainText("Last signed in")
  const revoke = card.getByRole("button", { name: "Revoke access" })
  await expect(revoke).toBeVisible()
  const invite = page.getByRole("region", { name: "Pending invitations" }).getByRole("listitem", { name: pending })
  const resend = invite.getByRole("button", { name: "Resend" })
  await resend.scrollIntoViewIfNeeded()
  // Every card and button within the 390 px width: nothing to scroll sideways for.
  for (const box of [await card.boundingBox(), await revoke.boundingBox(), await invite.boundingBox(), await resend.boundingBox()]) {
    expect(box).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  }
})
