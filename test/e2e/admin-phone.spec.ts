import { expect, test } from "@playwright/test"
import { env } from "../http/helpers/env"
import { loginToAdmin, pastTheScreen } from "./admin"

// Our Admin pages on a 390 px phone: Medusa's layout lets a page grow as wide
// as its widest table, which pushed the revenue-share rules and the impact
// page's programme inputs past the screen and cut their left side off. Their
// tables now scroll sideways in their own box (components/wide-table.tsx).

const PAGES = [
  { path: "revenue-shares", heading: { id: "Bagi hasil", en: "Revenue shares" } },
  { path: "dampak", heading: { id: "Dampak", en: "Impact" } },
  { path: "payouts", heading: { id: "Pembayaran bagi hasil", en: "Revenue-share payouts" } },
]

test.use({ viewport: { width: 390, height: 844 } })

for (const language of ["id", "en"] as const) {
  test(`revenue shares, impact and payouts fit a 390 px phone (${language})`, async ({ page }) => {
    await loginToAdmin(page, language)
    for (const { path, heading } of PAGES) {
      await page.goto(`${env.backendUrl}/app/${path}`)
      await expect(page.getByRole("heading", { level: 1, name: heading[language] })).toBeVisible({ timeout: 30_000 })
      if (path !== "payouts") await expect(page.getByRole("table").first()).toBeVisible()
      await page.waitForLoadState("networkidle")
      expect(await pastTheScreen(page), `/app/${path}`).toEqual([])
    }
  })
}
