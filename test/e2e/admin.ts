import { expect, type Page } from "@playwright/test"
import { env } from "../http/helpers/env"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"

const operator = DEMO_LOGINS.find((l) => l.role === "operator")!

/**
 * Sets the Admin's language as Profile → Language does: the dashboard reads
 * the `lng` cookie first. Without it our pages default to Indonesian.
 */
export async function setAdminLanguage(page: Page, language: "id" | "en") {
  await page.context().addCookies([{ name: "lng", value: language, url: env.backendUrl }])
}

/** Logs the demo operator in to Medusa Admin (backend /app) over plain http, as on `npm start`. */
export async function loginToAdmin(page: Page, language?: "id" | "en") {
  if (language) await setAdminLanguage(page, language)
  // The session cookie must work without TLS (medusa-config cookieOptions).
  await page.goto(`${env.backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(operator.email)
  await page.locator('input[name="password"]').fill(operator.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 30_000 })
}

/**
 * What on the page runs past the screen's edges without a box of its own that
 * scrolls sideways within the screen (a table in WideTable may be wider than a
 * phone; the page may not). Empty when everything fits.
 */
export async function pastTheScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const outside = (r: DOMRect) => r.width > 0 && (r.right > width + 1 || r.left < -1)
    const offenders: string[] = []
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      if (!outside(el.getBoundingClientRect())) continue
      let box = el.parentElement
      while (box && box.tagName !== "MAIN" && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) box = box.parentElement
      if (box && box.tagName !== "MAIN" && !outside(box.getBoundingClientRect())) continue
      offenders.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`)
    }
    return offenders.slice(0, 5)
  })
}
