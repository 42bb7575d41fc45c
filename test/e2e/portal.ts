import { expect, type Page } from "@playwright/test"

/** The portal's menu (Indonesian or English). */
export const portalNav = (page: Page, name = "Menu portal koordinator") => page.getByRole("navigation", { name })

/** Opens a portal page, logs in on the login page it redirects to, and lands back on it. */
export async function loginToPortal(page: Page, path: string, email: string, password: string) {
  await page.goto(path)
  await page.getByLabel(/^(Email)$/).fill(email)
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password)
  await page.getByRole("button", { name: /^(Masuk|Log in)$/ }).click()
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`))
}
