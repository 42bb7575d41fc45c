import { expect, test } from "@playwright/test"
import { api } from "../http/helpers/api"
import { DEMO_COORDINATORS, demoCoordinator } from "../http/helpers/coordinators"
import { loginToPortal, portalNav } from "./portal"

// A coordinator records a training with its attendees and finds it listed,
// then opens the impact report and its downloads. Coordinator #5 (the sixth
// demo cohort): no other browser suite records trainings for it.
const INDEX = 5

test("a coordinator records a training with its attendees and sees it listed", async ({ page }) => {
  const coordinator = await demoCoordinator(INDEX)
  const { body } = await api(`/coordinator/participants?cohort_id=${coordinator.cohortId}`, { token: coordinator.token })
  const codes = (body.participants as { code: string; active: boolean }[]).filter((p) => p.active).map((p) => p.code).sort()
  expect(codes.length).toBeGreaterThan(1)
  const title = `Pelatihan P-IRT ${Date.now()}`

  await loginToPortal(page, "/koordinator/pelatihan", coordinator.email, DEMO_COORDINATORS[INDEX]!.password)
  await expect(page.getByRole("heading", { level: 1, name: "Pelatihan" })).toBeVisible()
  await expect(portalNav(page).getByRole("link", { name: "Pelatihan", exact: true })).toHaveAttribute("aria-current", "page")

  // Without attendees the form says what is missing and keeps what was typed.
  await page.getByLabel("Bidang keterampilan").selectOption("food_safety")
  await page.getByLabel("Judul").fill(title)
  await page.getByLabel("Tempat (fasilitas atau sentra kuliner)").fill("Sentra kuliner Kilang Pertamina Plaju")
  await page.getByLabel("Penyelenggara / pelatih").fill("Dinas Kesehatan Kota Palembang")
  await page.getByLabel("Lama (jam)").fill("3,5")
  await page.getByRole("button", { name: "Simpan pelatihan" }).click()
  await expect(page.getByText("Pilih paling sedikit satu peserta yang hadir.")).toBeVisible()
  await expect(page.getByLabel("Judul")).toHaveValue(title)

  await page.getByRole("checkbox", { name: codes[0], exact: true }).check()
  await page.getByRole("checkbox", { name: codes[1], exact: true }).check()
  await page.getByRole("button", { name: "Simpan pelatihan" }).click()
  await expect(page.getByText(`Pelatihan "${title}" tercatat.`)).toBeVisible()
  const card = page.getByTestId("training-list").getByRole("listitem").filter({ hasText: title })
  await expect(card).toContainText("Keamanan pangan / P-IRT")
  await expect(card).toContainText("2 orang")
  await expect(card).toContainText(codes[0]!)
  await expect(card).toContainText(codes[1]!)

  // The backend holds it, with both attendees.
  const listed = await api(`/coordinator/trainings?cohort_id=${coordinator.cohortId}`, { token: coordinator.token })
  const saved = (listed.body.trainings as { title: string; hours: number; participant_codes: string[] }[]).find((t) => t.title === title)
  expect(saved).toEqual(expect.objectContaining({ hours: 3.5, participant_codes: expect.arrayContaining([codes[0], codes[1]]) }))

  // The same page in English.
  await page.goto("/en/coordinator/trainings")
  await expect(page.getByRole("heading", { level: 1, name: "Trainings" })).toBeVisible()
  await expect(page.getByTestId("training-list").getByRole("listitem").filter({ hasText: title })).toContainText("Food safety / P-IRT")
})

test("the impact report shows the cohort's figures and offers PDF, XLSX and CSV", async ({ page, playwright }) => {
  const coordinator = await demoCoordinator(INDEX)
  await loginToPortal(page, "/koordinator/dampak", coordinator.email, DEMO_COORDINATORS[INDEX]!.password)
  await expect(page.getByRole("heading", { level: 1, name: "Laporan dampak" })).toBeVisible()
  await expect(page.getByTestId("impact-headline")).toContainText("Peserta dilatih")
  // The cohort's participants' income by status, as GET /coordinator/impact/figures gives it.
  await expect(page.getByRole("heading", { name: "Per status peserta (saat ini)" })).toBeVisible()
  await expect(page.getByTestId("coordinator-impact-status-table")).toContainText("Klien (pembebasan bersyarat)")

  for (const [name, type, extension] of [
    ["PDF (untuk dicetak)", "application/pdf", "pdf"],
    ["Excel (XLSX)", "spreadsheetml", "xlsx"],
    ["CSV", "text/csv", "csv"],
  ] as const) {
    const link = page.getByRole("link", { name, exact: true })
    await expect(link).toHaveAttribute("href", new RegExp(`/api/coordinator/impact/report\\.${extension}\\?cohort_id=${coordinator.cohortId}&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}$`))
    // The proxy passes the signed-in coordinator's file through.
    const res = await page.request.get((await link.getAttribute("href"))!)
    expect(res.status(), `${extension}: ${await res.text().catch(() => "")}`).toBe(200)
    expect(res.headers()["content-type"]).toContain(type)
    expect(res.headers()["content-disposition"]).toContain(`.${extension}`)
  }

  // Someone not signed in gets no file.
  const stranger = await playwright.request.newContext({ baseURL: new URL(page.url()).origin })
  expect((await stranger.get(`/api/coordinator/impact/report.csv?cohort_id=${coordinator.cohortId}`)).status()).toBe(401)
  await stranger.dispose()
})

test("a coordinator sets a participant's impact profile and is told where they worked, in both languages", async ({ page }) => {
  const coordinator = await demoCoordinator(INDEX)
  const { body } = await api(`/coordinator/participants?cohort_id=${coordinator.cohortId}`, { token: coordinator.token })
  // The last active code: the training test above picks the first two.
  const code = (body.participants as { code: string; active: boolean }[]).filter((p) => p.active).map((p) => p.code).sort().at(-1)!

  await loginToPortal(page, "/koordinator/peserta", coordinator.email, DEMO_COORDINATORS[INDEX]!.password)
  const item = page.getByRole("listitem").filter({ has: page.getByText(code, { exact: true }) })
  const profile = item.locator("details")
  await expect(profile.locator("summary")).toContainText(`Profil dampak ${code}`)
  await profile.locator("summary").click()

  // Left before joined: refused in the form, which stays open with what was typed.
  await profile.getByLabel("Status").selectOption("released")
  await profile.getByLabel(/^Bergabung/).fill("2026-06-01")
  await profile.getByLabel(/^Keluar/).fill("2026-05-01")
  await profile.getByRole("button", { name: "Simpan profil" }).click()
  await expect(profile.getByText("Tanggal keluar tidak boleh sebelum tanggal bergabung.")).toBeVisible()
  await expect(profile.getByLabel("Status")).toHaveValue("released")

  await profile.getByLabel(/^Keluar/).fill("2026-11-20")
  await profile.getByRole("button", { name: "Simpan profil" }).click()
  // Said inside the participant's own box, still open, not at the top of a long page.
  await expect(profile.getByText(`Profil ${code} tersimpan.`)).toBeVisible()
  await expect(profile.getByText("Tanggal keluar tidak boleh")).toHaveCount(0)
  await expect(profile.locator("summary")).toContainText("Sudah bebas")
  await expect(profile.getByLabel(/^Keluar/)).toHaveValue("2026-11-20")

  const saved = await api(`/coordinator/participants?cohort_id=${coordinator.cohortId}`, { token: coordinator.token })
  expect((saved.body.participants as { code: string }[]).find((p) => p.code === code)).toEqual(
    expect.objectContaining({ status: "released", joined_on: "2026-06-01", left_on: "2026-11-20" }),
  )

  // In English, back to a parolee.
  await page.goto("/en/coordinator/participants")
  const english = page.getByRole("listitem").filter({ has: page.getByText(code, { exact: true }) }).locator("details")
  await expect(english.locator("summary")).toContainText("Released")
  await expect(english.locator("summary")).toContainText(`Impact profile of ${code}`)
  await english.locator("summary").click()
  await english.getByLabel("Status").selectOption("klien")
  await english.getByRole("button", { name: "Save profile" }).click()
  await expect(english.getByText(`Profile of ${code} saved.`)).toBeVisible()
  await expect(english.locator("summary")).toContainText("Klien (on parole)")
})
