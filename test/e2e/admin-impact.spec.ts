import { readFile } from "node:fs/promises"
import { expect, test, type Page } from "@playwright/test"
import { jakartaDay } from "../../backend/src/lib/jakarta-time"
import { api } from "../http/helpers/api"
import { env } from "../http/helpers/env"
import { operatorToken } from "../http/helpers/actors"
import { loginToAdmin } from "./admin"
import { expectAdminIn } from "./admin-language"

/** This quarter in Jakarta: its option value and the days the page asks for (it ends today). */
function thisQuarter() {
  const today = jakartaDay(new Date())
  const [year, month] = today.split("-").map(Number)
  const quarter = Math.ceil(month / 3)
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`
  return { value: `${year}-Q${quarter}`, from, to: today }
}

async function openImpact(page: Page, heading: string) {
  await page.goto(`${env.backendUrl}/app/dampak`)
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
}

async function downloaded(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()])
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
}

test("an operator filters Dampak to ring 1 Plaju and one quarter, and downloads the PDF and the CSV", async ({ page }) => {
  const quarter = thisQuarter()
  await loginToAdmin(page)
  await openImpact(page, "Dampak")
  await expect(page.getByRole("navigation").getByRole("link", { name: "Dampak", exact: true })).toBeVisible()
  await expect(page.getByTestId("impact-charts").locator("svg.recharts-surface").first()).toBeVisible()

  // Every cohort and facility can be chosen (the lists come from GET /admin/cohorts).
  await expect(page.getByLabel("Kelompok", { exact: true }).locator("option")).not.toHaveCount(1)
  await expect(page.getByLabel("Fasilitas", { exact: true }).locator("option")).not.toHaveCount(1)
  await page.getByLabel("Wilayah").selectOption("plaju")
  await page.getByLabel("Periode").selectOption(quarter.value)
  // The page reads the figures for the new period (the period line shows its first day).
  const firstDay = new Date(`${quarter.from}T12:00:00+07:00`).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" })
  await expect(page.getByTestId("impact-period")).toContainText(firstDay)
  await expect(page.getByRole("link", { name: "Unduh PDF" })).toHaveAttribute("href", /area=plaju/)

  // "How many ring-1 klien earned, and how much": the status table holds the API's own figures for the selection.
  const { body } = await api(`/admin/impact/figures?from=${quarter.from}&to=${quarter.to}&area=plaju`, { token: await operatorToken() })
  const klien = (body.figures.by_status as { status: string; participants_earned: number; allocated: number | null }[]).find((s) => s.status === "klien")!
  const klienRow = page.getByTestId("impact-by-status").getByRole("row").filter({ hasText: "Klien (Bapas)" })
  await expect(klienRow.getByRole("cell").nth(1)).toHaveText(String(klien.participants_earned))
  if (klien.allocated === null) await expect(klienRow.getByRole("cell").nth(2)).not.toContainText("Rp")
  else await expect(klienRow.getByRole("cell").nth(2)).toContainText(klien.allocated.toLocaleString("id-ID"))

  const pdf = await downloaded(page, "Unduh PDF")
  expect(pdf.name).toBe(`dampak-${quarter.from}-${quarter.to}.pdf`)
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-")

  const csv = await downloaded(page, "Unduh CSV")
  expect(csv.name).toBe(`dampak-${quarter.from}-${quarter.to}.csv`)
  const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n")
  expect(lines[0]).toBe("Bagian;Kelompok;Indikator;Nilai;Keterangan")
  expect(lines).toContain(`Periode;;Dari;${quarter.from};`)
  expect(lines).toContain("Filter;;Wilayah: Ring 1 — Kec. Plaju;;")
})

test("Dampak in English: an operator records a programme input and sees it listed", async ({ page }) => {
  const note = `Uji e2e ${Date.now()}`
  await loginToAdmin(page, "en")
  await openImpact(page, "Impact")
  await expect(page.getByRole("navigation").getByRole("link", { name: "Impact", exact: true })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Programme inputs" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Trainings and study visits" })).toBeVisible()

  const form = page.getByRole("form", { name: "New programme input" })
  await form.getByLabel("Kind").selectOption("equipment")
  await form.getByLabel("Amount (Rp)").fill("1.250.000")
  await form.getByLabel("Note (optional)").fill(note)
  await form.getByRole("button", { name: "Add input" }).click()
  await expect(form.getByRole("status")).toContainText("Rp 1.250.000")
  const row = page.getByRole("row", { name: new RegExp(note) })
  await expect(row).toContainText("Equipment")

  // Cohort names, facilities and the seeded inputs' and trainings' own words are data, not our texts.
  const cohorts = (await api("/admin/cohorts?fields=name,facility_name&limit=100", { token: await operatorToken() })).body.cohorts as { name: string; facility_name: string }[]
  const escape = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g")
  await expectAdminIn(page, "en", [...cohorts.flatMap((c) => [escape(c.name), escape(c.facility_name)]), /^.*(Pelatihan|Kunjungan|Pertamina|Uji e2e).*$/gm])

  // Deleting it again leaves the shared demo inputs as they were.
  page.once("dialog", (dialog) => dialog.accept())
  await row.getByRole("button", { name: "Delete" }).click()
  await expect(row).toHaveCount(0)
})
