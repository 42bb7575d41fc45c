import { expect, test, type Page } from "@playwright/test"

// The catalog journey a shopper takes, in Indonesian (the default, at /) and
// in English (/en), against the demo seed. Locators go by role and label.

const NBSP = "\u00a0"
const PRICE = new RegExp(`Rp${NBSP}\\d{1,3}(\\.\\d{3})*`)

const productList = (page: Page, name: string) => page.getByRole("list", { name })

async function openFirstProduct(page: Page, listName: string) {
  const first = productList(page, listName).getByRole("link").first()
  const title = (await first.getByRole("heading").textContent())?.trim() ?? ""
  await first.click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
}

test("Indonesian: home → category → food product → its cohort", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "id")
  const nav = page.getByRole("navigation", { name: "Navigasi utama" })
  await nav.getByRole("link", { name: "Pangan Olahan" }).click()
  await expect(page).toHaveURL(/\/kategori\/pangan-olahan$/)
  await expect(page.getByRole("heading", { level: 1, name: "Pangan Olahan" })).toBeVisible()

  await openFirstProduct(page, "Daftar produk")
  await expect(page).toHaveURL(/\/produk\/[\w-]+/)
  await expect(page.getByText(PRICE).first()).toBeVisible()
  const facts = page.getByRole("region", { name: "Keterangan pangan" })
  await expect(facts.getByText(/No\. P-IRT \d{15,}/)).toBeVisible()
  await expect(facts.getByText(/halal/i).first()).toBeVisible()
  await expect(facts.getByText("Komposisi")).toBeVisible()
  await expect(facts.getByText("Masa simpan")).toBeVisible()

  await page.getByRole("region", { name: "Dibuat oleh" }).getByRole("link").click()
  await expect(page).toHaveURL(/\/kohort\/[\w-]+$/)
  await expect(page.getByRole("heading", { name: "Cerita kelompok" })).toBeVisible()
  await expect(productList(page, "Daftar produk").getByRole("link").first()).toBeVisible()
})

test("English via the header switch: same journey, English words and /en/ URLs", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Processed Foods" }).click()
  await expect(page).toHaveURL(/\/en\/categories\/pangan-olahan$/)
  await openFirstProduct(page, "Product list")
  await expect(page).toHaveURL(/\/en\/products\/[\w-]+/)
  await expect(page.getByText(PRICE).first()).toBeVisible()
  const facts = page.getByRole("region", { name: "Food facts" })
  await expect(facts.getByText("Ingredients")).toBeVisible()
  await expect(facts.getByText(/P-IRT No\. \d{15,}/)).toBeVisible()

  // Back to Indonesian on the same product.
  const handle = new URL(page.url()).pathname.split("/").pop()
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click()
  await expect(page).toHaveURL(new RegExp(`/produk/${handle}$`))
  await expect(page.locator("html")).toHaveAttribute("lang", "id")
  await page.getByRole("link", { name: "English" }).click()

  await page.getByRole("region", { name: "Made by" }).getByRole("link").click()
  await expect(page).toHaveURL(/\/en\/cohorts\/[\w-]+$/)
  await expect(page.getByRole("heading", { name: "The group's story" })).toBeVisible()
})

test("a variant choice lives in the URL and changes price and net weight", async ({ page }) => {
  // Seeded in two sizes: 200 g for Rp 15.000 and 500 g for Rp 30.000.
  await page.goto("/produk/keripik-pisang-original")
  const sizes = page.getByRole("group", { name: "Pilih Berat bersih" })
  await expect(sizes.getByRole("link", { name: "200 g" })).toHaveAttribute("aria-current", "true")
  await sizes.getByRole("link", { name: "500 g" }).click()
  await expect(page).toHaveURL(/\?variant=variant_\w+$/)
  await expect(sizes.getByRole("link", { name: "500 g" })).toHaveAttribute("aria-current", "true")
  await expect(page.getByText(`Rp${NBSP}30.000`, { exact: true })).toBeVisible()
  await expect(page.getByRole("region", { name: "Keterangan pangan" }).getByText("500 g", { exact: true })).toBeVisible()
})

test("category lists paginate with real links and sort without JavaScript", async ({ page }) => {
  await page.goto("/kategori/kerajinan")
  const pages = page.getByRole("navigation", { name: "Halaman" })
  await expect(pages.getByRole("link", { name: "Halaman 1" })).toHaveAttribute("aria-current", "page")
  await pages.getByRole("link", { name: "Halaman 2" }).click()
  await expect(page).toHaveURL(/\?page=2$/)
  await expect(pages.getByRole("link", { name: "Halaman 2" })).toHaveAttribute("aria-current", "page")

  await page.getByLabel("Urutkan").selectOption("title-asc")
  await page.getByRole("button", { name: "Terapkan" }).click()
  await expect(page).toHaveURL(/\?sort=title-asc$/)
  const titles = await productList(page, "Daftar produk").getByRole("heading").allTextContents()
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "id")))
})

test("search finds products and says so when nothing matches", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("searchbox", { name: "Cari produk" }).fill("keripik")
  await page.getByRole("button", { name: "Cari", exact: true }).click()
  await expect(page).toHaveURL(/\/cari\?q=keripik$/)
  await expect(page.getByRole("heading", { level: 1, name: /keripik/ })).toBeVisible()
  await expect(productList(page, "Daftar produk").getByRole("link", { name: /Keripik/ }).first()).toBeVisible()

  await page.goto("/cari?q=zzzqqq")
  await expect(page.getByRole("heading", { name: "Tidak ada produk yang cocok" })).toBeVisible()
})

test("unknown addresses get the translated not-found page with status 404", async ({ page }) => {
  const id = await page.goto("/produk/produk-yang-tidak-ada")
  expect(id?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible()

  const en = await page.goto("/en/cohorts/no-such-group")
  expect(en?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()
})

test("a cohort page keeps its photo's square before the photo arrives, so the story below never moves", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  // The photo is held back: what the page lays out first is all a slow phone has.
  await page.route("**/*", (route) => (route.request().resourceType() === "image" ? undefined : route.continue()))
  await page.goto("/", { waitUntil: "domcontentloaded" })
  const cohortLink = page.locator('a[href^="/kohort/"]').first()
  const href = await cohortLink.getAttribute("href")
  await page.goto(href!, { waitUntil: "domcontentloaded" })
  const photo = page.getByRole("main").locator("img").first()
  const story = page.getByRole("heading", { name: "Cerita kelompok" })
  const held = (await photo.boundingBox())!
  expect(held.width).toBeGreaterThan(300)
  expect(held.height, "the photo's box before it loads").toBeCloseTo(held.width, 0)
  const storyTop = (await story.boundingBox())!.y
  expect(storyTop).toBeGreaterThan(held.y + held.height)
})
