import { expect, test, type Page } from "@playwright/test"
import { onlyIn, readMessages, wordsIn } from "./language-scan"

// The public impact page (/dampak, /en/impact): headline figures for the whole
// programme, in the page's language, and never a participant's code.

const PARTICIPANT_CODE = /KB-[A-Z]{3}-\d{4}/
const file = (locale: string) => readMessages(`storefront/messages/${locale}/impact.json`)

async function expectNoParticipant(page: Page) {
  const text = await page.locator("body").innerText()
  expect(text.match(PARTICIPANT_CODE), "a participant code on the public page").toBeNull()
  // Tables hidden in <details> are in the HTML too.
  expect((await page.content()).match(PARTICIPANT_CODE), "a participant code in the page's HTML").toBeNull()
}

test("the Indonesian impact page is linked from home and the footer and shows the headline", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("main").getByRole("link", { name: "Lihat dampak program" }).click()
  await expect(page).toHaveURL(/\/dampak$/)
  await expect(page.getByRole("heading", { level: 1, name: "Dampak program" })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "id")
  const headline = page.getByTestId("impact-headline")
  await expect(headline).toContainText("Peserta dilatih")
  await expect(page.getByTestId("figure-trained").locator("dd").first()).toHaveText(/^\d[\d.]*$/)
  await expect(headline).toContainText("Penghasilan untuk peserta")
  await expect(page.getByRole("heading", { name: "Cara menghitung" })).toBeVisible()
  await expectNoParticipant(page)

  await page.goto("/cari")
  await page.getByRole("contentinfo").getByRole("link", { name: "Dampak program" }).click()
  await expect(page).toHaveURL(/\/dampak$/)
})

test("the English impact page is all English, its charts have tables, and it names no one", async ({ page }) => {
  await page.goto("/en/impact")
  await expect(page.getByRole("heading", { level: 1, name: "Programme impact" })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByTestId("impact-headline")).toContainText("Participants trained")
  const text = await page.locator("main").innerText()
  expect(wordsIn(text, onlyIn(file("id"), file("en"))), "Indonesian interface text on the English page").toEqual([])
  expect(text.match(/\b(Impact|CohortImpact|ImpactTerms)\.[a-z][\w.]*/g), "missing message keys").toBeNull()

  // Each chart offers its figures as a table; opening the monthly one shows rupiah per month.
  await expect(page.getByRole("img", { name: /Sales and income to participants per month/ })).toBeVisible()
  await page.getByText("Show the figures as a table").first().click()
  await expect(page.getByTestId("impact-monthly-table")).toBeVisible()
  await expect(page.getByTestId("impact-monthly-table").locator("tbody tr").first()).toContainText("Rp")

  // The chart is plain SVG drawn on the server: a sales bar for every month of the table,
  // an income bar for every month whose income is not withheld.
  const chart = page.getByRole("img", { name: /Sales and income to participants per month/ })
  const income = await page.getByTestId("impact-monthly-table").locator("tbody tr td:nth-child(3)").allTextContents()
  await expect(chart.locator('svg rect[data-series="sales"]')).toHaveCount(income.length)
  await expect(chart.locator('svg rect[data-series="allocated"]')).toHaveCount(income.filter((cell) => cell.includes("Rp")).length)
  await expectNoParticipant(page)
})

test("on a 390 px phone nothing on the impact page runs past the screen or out of its card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto("/dampak")
  await expect(page.getByTestId("impact-headline")).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  // Every figure table stays inside the card around it (a long table scrolls within it).
  const spills = await page.locator("main table").evaluateAll((tables) =>
    tables.flatMap((table) => {
      const card = table.closest("section, details")
      if (!card) return []
      // What shows of the table: clipped by a scrolling wrapper between it and the card, if there is one.
      let shown: Element = table
      for (let el = table.parentElement; el && el !== card; el = el.parentElement) {
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(el).overflowX)) shown = el
      }
      const t = shown.getBoundingClientRect()
      const c = card.getBoundingClientRect()
      if (!t.width) return [] // in a closed <details>: not on screen
      return t.right > c.right + 0.5 || t.left < c.left - 0.5 ? [`${table.getAttribute("data-testid") ?? "table"}: ${t.left}–${t.right} in ${c.left}–${c.right}`] : []
    })
  )
  expect(spills).toEqual([])
})
