import { expect, type Page } from "@playwright/test"
import { env } from "../http/helpers/env"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"

const operator = DEMO_LOGINS.find((l) => l.role === "operator")!

/** Logs the demo operator in to Medusa Admin (backend /app) over plain http, as on `npm start`. */
export async function loginToAdmin(page: Page) {
  // The session cookie must work without TLS (medusa-config cookieOptions).
  await page.goto(`${env.backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(operator.email)
  await page.locator('input[name="password"]').fill(operator.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 30_000 })
}
