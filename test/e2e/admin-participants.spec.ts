import { expect, test, type Page } from "@playwright/test"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { coordinatorOf } from "../http/helpers/coordinators"
import { env } from "../http/helpers/env"
import { loginToAdmin } from "./admin"
import { expectAdminIn } from "./admin-language"

/**
 * Issue 17 in the browser: a released participant who keeps producing moves to
 * a Bapas cohort with the same code and history. The operator reaches the
 * participants page from Dampak, finds the participant by code and moves them.
 * Each test makes its own released participant (no other suite knows its code).
 */

// A Lapas cohort no other browser suite adds participants to.
const LAPAS = "lapas-narkotika-banyuasin-eceng-gondok"

/** A new participant of the Lapas cohort, released (through the coordinator's API, as the portal does). */
async function releasedParticipant(): Promise<string> {
  const coordinator = await coordinatorOf(LAPAS)
  const made = await api("/coordinator/participants", { token: coordinator.token, body: { cohort_id: coordinator.cohortId, display_name: "Peserta uji pindah" } })
  expect(made.status).toBe(201)
  const set = await api(`/coordinator/participants/${made.body.participant.id}/profile`, { token: coordinator.token, body: { status: "released", joined_on: "2026-02-01" } })
  expect(set.status).toBe(200)
  return made.body.participant.code
}

async function cohortNames() {
  const res = await api("/admin/cohorts?fields=name,facility_name,facility_type&limit=100", { token: await operatorToken() })
  return res.body.cohorts as { name: string; facility_name: string; facility_type: string }[]
}

type Words = { link: string; title: string; code: string; pickFor: (code: string) => string; move: string; confirm: string; moved: string; inBapas: string; released: string }
const ID: Words = {
  link: "Peserta: pindah ke Bapas",
  title: "Peserta",
  code: "Kode",
  pickFor: (code) => `Kelompok Bapas untuk ${code}`,
  move: "Pindahkan ke Bapas",
  confirm: "Pindahkan",
  moved: "sekarang tercatat di",
  inBapas: "Sudah di kelompok Bapas",
  released: "Bebas",
}
const EN: Words = {
  link: "Participants: move to Bapas",
  title: "Participants",
  code: "Code",
  pickFor: (code) => `Bapas cohort for ${code}`,
  move: "Move to Bapas",
  confirm: "Move",
  moved: "now belongs to",
  inBapas: "Already in a Bapas cohort",
  released: "Released",
}

/** From Dampak to the participants page, the participant found by code, moved to the first Bapas cohort; returns that cohort's name. */
async function moveToBapas(page: Page, words: Words, code: string, bapasName: string) {
  await page.goto(`${env.backendUrl}/app/dampak`)
  await page.getByRole("link", { name: words.link }).click()
  await expect(page).toHaveURL(/\/app\/dampak\/peserta$/)
  await expect(page.getByRole("heading", { level: 1, name: words.title, exact: true })).toBeVisible({ timeout: 30_000 })
  // Released participants are what the page shows first.
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("released")
  await page.getByLabel(words.code, { exact: true }).fill(code)
  const row = page.getByRole("row", { name: new RegExp(code) })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(words.released)
  await expect(row).toContainText("Lapas")

  await row.getByLabel(words.pickFor(code)).selectOption({ label: bapasName })
  await row.getByRole("button", { name: words.move }).click()
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toContainText(code)
  await expect(dialog).toContainText(bapasName)
  await dialog.getByRole("button", { name: words.confirm, exact: true }).click()

  await expect(page.getByRole("status").filter({ hasText: code })).toContainText(`${code} ${words.moved} ${bapasName}`)
  // The same row (same code) now in the Bapas cohort, with nothing left to move.
  await expect(row).toContainText(bapasName)
  await expect(row).toContainText(words.inBapas)
  await expect(row.getByRole("button", { name: words.move })).toHaveCount(0)
}

test("an operator moves a released participant to a Bapas cohort from Dampak's participants page", async ({ page }) => {
  const code = await releasedParticipant()
  const bapas = (await cohortNames()).filter((c) => c.facility_type === "bapas")
  await loginToAdmin(page)
  await moveToBapas(page, ID, code, bapas[0].name)
  // The server agrees: same code, the Bapas cohort.
  const listed = await api(`/admin/participants?q=${code}`, { token: await operatorToken() })
  expect(listed.body.participants).toEqual([expect.objectContaining({ code, status: "released", cohort: expect.objectContaining({ name: bapas[0].name, facility_type: "bapas" }) })])
})

test("Participants in English: the move reads in English, with no Indonesian of ours", async ({ page }) => {
  const code = await releasedParticipant()
  const cohorts = await cohortNames()
  const bapas = cohorts.filter((c) => c.facility_type === "bapas")
  await loginToAdmin(page, "en")
  await moveToBapas(page, EN, code, bapas.at(-1)!.name)
  // Cohort names and facilities are data (Indonesian), not our texts.
  const escape = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")
  await expectAdminIn(page, "en", cohorts.flatMap((c) => [escape(c.name), escape(c.facility_name)]))
})
