import { expect, test, type Page } from "@playwright/test"

// The search page in both languages, on a phone (390 px) and a desktop:
// typos are forgiven with a "did you mean", English words work on the
// Indonesian site with a hint to see the English results, and the page fits.

const VIEWPORTS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
]

const results = (page: Page, name: string) => page.getByRole("list", { name })

async function fitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`search on a ${name}`, () => {
    test.use({ viewport })

    test("Indonesian: 'kripik' finds keripik and offers the spelling", async ({ page }) => {
      await page.goto("/cari?q=kripik")
      await expect(results(page, "Daftar produk").getByRole("link", { name: /Keripik/ }).first()).toBeVisible()
      const suggestion = page.getByTestId("search-suggestion")
      await expect(suggestion).toHaveText("Maksud Anda: keripik?")
      await fitsTheScreen(page)
      await suggestion.getByRole("link", { name: "keripik" }).click()
      await expect(page).toHaveURL(/\/cari\?q=keripik$/)
      await expect(page.getByTestId("search-suggestion")).toHaveCount(0)
    })

    test("Indonesian: 'banana' finds keripik pisang and offers the English results", async ({ page }) => {
      await page.goto("/cari?q=banana")
      await expect(results(page, "Daftar produk").getByRole("link", { name: /Pisang/ }).first()).toBeVisible()
      const hint = page.getByTestId("search-other-language")
      await expect(hint).toContainText("teks bahasa Inggris")
      await fitsTheScreen(page)
      await hint.getByRole("link", { name: "Lihat hasil dalam bahasa Inggris" }).click()
      await expect(page).toHaveURL(/\/en\/search\?q=banana$/)
      await expect(page.locator("html")).toHaveAttribute("lang", "en")
      await expect(results(page, "Product list").getByRole("link", { name: /Banana/ }).first()).toBeVisible()
      await expect(page.getByTestId("search-other-language")).toHaveCount(0)
    })

    test("English: a typo of 'banana' and the Indonesian 'keranjang' both find products", async ({ page }) => {
      await page.goto("/en/search?q=bananna")
      await expect(page.getByTestId("search-suggestion")).toHaveText("Did you mean: banana?")
      await expect(results(page, "Product list").getByRole("link", { name: /Banana/ }).first()).toBeVisible()
      await fitsTheScreen(page)

      await page.goto("/en/search?q=keranjang")
      await expect(results(page, "Product list").getByRole("link", { name: /Basket/ }).first()).toBeVisible()
      await expect(page.getByTestId("search-other-language")).toContainText("Indonesian text")
    })
  })
}
