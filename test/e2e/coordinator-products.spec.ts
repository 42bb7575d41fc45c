import { expect, test } from "@playwright/test"
import sharp from "sharp"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { categoryId, createDraft, PUBLISHABLE_FOOD_LABEL } from "../http/helpers/coordinator-products"
import { DEMO_COORDINATORS, demoCoordinator } from "../http/helpers/coordinators"
import { env } from "../http/helpers/env"
import { foodBatch, recordBatch } from "../http/helpers/production"
import { loginToPortal } from "./portal"

// The product form's variants and photos in the browser, on drafts made through the API.

// A 2×2 PNG, sent through the form's file input as a person would pick it.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4Mc0GiBggFAAvFgZpC9rQxwAAAABJRU5ErkJggg==",
  "base64"
)

test("a coordinator renames a variant, removes one, adds one; a removed variant with a batch is archived", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  await loginToPortal(page, `/koordinator/produk/${draft.id}`, coordinator.email, DEMO_COORDINATORS[1]!.password)

  // Rows after the first are optional: "Varian (opsional)".
  const values = page.getByLabel(/^Varian( \(opsional\))?$/)
  await expect(values).toHaveCount(4) // two variants, two spare rows
  await values.nth(0).fill("150 g")
  await page.getByLabel("Hapus varian ini").nth(1).check()
  await values.nth(2).fill("500 g")
  await page.getByLabel("Harga (Rp)").nth(2).fill("60.000")
  await page.getByLabel("SKU").nth(2).fill(`${draft.variants[1].sku}-500`)
  await page.getByLabel("Berat kirim (gram)").nth(2).fill("560")
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")

  await expect(values).toHaveCount(4)
  await expect(values.nth(0)).toHaveValue("150 g")
  await expect(values.nth(1)).toHaveValue("500 g")
  const saved = (await api(`/coordinator/products/${draft.id}`, { token: coordinator.token })).body.product
  expect(saved.variants.map((v: any) => [v.options[0].value, v.price, v.archived])).toEqual([
    ["150 g", 15000, false],
    ["500 g", 60000, false],
  ])

  // 500 g has been made: removing it archives it, and the form says so.
  expect((await recordBatch(coordinator, await foodBatch(coordinator, saved.variants[1].id, 4, 60))).status).toBe(201)
  await page.getByLabel("Hapus varian ini").nth(1).check()
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")
  await expect(values).toHaveCount(3)
  await expect(page.getByText("Varian diarsipkan (tidak dijual, riwayat tetap tersimpan):")).toBeVisible()
  await expect(page.getByRole("listitem").filter({ hasText: /^500 g/ })).toBeVisible()
  await expect(page.getByText(/diarsipkan \(tidak dijual lagi/)).toBeVisible()
})

test("a photo chosen in the product form is uploaded and shown", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  await loginToPortal(page, `/koordinator/produk/${draft.id}`, coordinator.email, DEMO_COORDINATORS[1]!.password)
  await expect(page.getByAltText("Foto produk 1")).toHaveCount(0)

  await page.getByLabel("Tambah foto").setInputFiles({ name: "keripik.png", mimeType: "image/png", buffer: PNG })
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")

  const photo = page.getByAltText("Foto produk 1")
  await expect(photo).toHaveAttribute("src", /\/uploads\//)
  // The browser really loaded it from the backend's file module.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2)
  const saved = (await api(`/coordinator/products/${draft.id}`, { token: coordinator.token })).body.product
  expect(saved.images).toHaveLength(1)
  expect(saved.thumbnail).toBe(saved.images[0].url)
})

test("a large photo is kept at web size, and card-sized as its preview in the form and the thumbnail in the product list", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  const taken = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#8a5a2b" } }).jpeg({ quality: 90 }).toBuffer()
  await loginToPortal(page, `/koordinator/produk/${draft.id}`, coordinator.email, DEMO_COORDINATORS[1]!.password)
  await page.getByLabel("Tambah foto").setInputFiles({ name: "keripik-besar.jpg", mimeType: "image/jpeg", buffer: taken })
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")
  // The 80 px preview loads the photo's 480 px card; the photo is kept (by its own URL) at web size.
  const photo = page.getByAltText("Foto produk 1")
  await expect(photo).toHaveAttribute("src", /\/uploads\/.*kartu-keripik-besar\.jpg$/)
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480)
  const saved = (await api(`/coordinator/products/${draft.id}`, { token: coordinator.token })).body.product
  await expect(page.locator('input[name="keep_images"]')).toHaveValue(saved.images[0].url)
  expect(saved.images[0].thumbnail_url).toBe(await photo.getAttribute("src"))
  const full = Buffer.from(await (await fetch(`${env.backendUrl}${new URL(saved.images[0].url).pathname}`)).arrayBuffer())
  expect((await sharp(full).metadata()).width).toBe(1200)

  await page.goto("/koordinator/produk")
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: draft.title }) })
  const thumbnail = row.locator("img")
  await expect(thumbnail).toHaveAttribute("src", /\/uploads\/.*kartu-keripik-besar\.jpg$/)
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480)
})

test("English ingredients typed in the form show on the English product page", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId())
  await loginToPortal(page, `/koordinator/produk/${draft.id}`, coordinator.email, DEMO_COORDINATORS[1]!.password)
  await page.getByLabel(/^Alergen( \(opsional\))?$/).fill("Diproduksi di dapur yang juga mengolah kacang tanah.")
  await page.getByLabel("Komposisi (bahasa Inggris)").fill("Kepok banana, palm oil, sea salt")
  await page.getByLabel("Alergen (bahasa Inggris)").fill("Made in a kitchen that also handles peanuts.")
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")
  await expect(page.getByLabel("Komposisi (bahasa Inggris)")).toHaveValue("Kepok banana, palm oil, sea salt")

  const operator = await operatorToken()
  expect((await api(`/coordinator/products/${draft.id}/submit`, { token: coordinator.token, body: {} })).status).toBe(200)
  expect((await api(`/admin/listings/${draft.id}/publish`, { token: operator, body: {} })).status).toBe(200)
  try {
    await page.goto(`/en/products/${draft.handle}`)
    const facts = page.getByRole("region", { name: "Food facts" })
    await expect(facts).toContainText("Kepok banana, palm oil, sea salt")
    await expect(facts).toContainText("Made in a kitchen that also handles peanuts.")
    await expect(facts).not.toContainText("Pisang kepok")
  } finally {
    // Out of the shop again: the catalog suites open the newest product of a category.
    await api(`/coordinator/products/${draft.id}/archive`, { token: coordinator.token, body: {} })
  }
})

test("two large photos from the form: the published product page shows each as a card on its button and at web size when chosen", async ({ page }) => {
  const coordinator = await demoCoordinator(1)
  // Published below.
  const draft = await createDraft(coordinator.token, coordinator.cohortId, await categoryId(), { food_label: PUBLISHABLE_FOOD_LABEL })
  const taken = (colour: string) => sharp({ create: { width: 1600, height: 1600, channels: 3, background: colour } }).jpeg({ quality: 90 }).toBuffer()
  await loginToPortal(page, `/koordinator/produk/${draft.id}`, coordinator.email, DEMO_COORDINATORS[1]!.password)
  await page.getByLabel("Tambah foto").setInputFiles([
    { name: "depan.jpg", mimeType: "image/jpeg", buffer: await taken("#8a1c1c") },
    { name: "samping.jpg", mimeType: "image/jpeg", buffer: await taken("#1c5a8a") },
  ])
  await page.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Produk tersimpan.")
  expect((await api(`/coordinator/products/${draft.id}/submit`, { token: coordinator.token, body: {} })).status).toBe(200)
  expect((await api(`/admin/listings/${draft.id}/publish`, { token: await operatorToken(), body: {} })).status).toBe(200)

  await page.goto(`/produk/${draft.handle}`)
  const gallery = page.getByRole("region", { name: "Foto produk" })
  const large = gallery.getByRole("img", { name: draft.title })
  const width = (img: ReturnType<typeof gallery.locator>) => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)
  await expect.poll(() => width(large)).toBe(1200)
  // The buttons load the 480 px cards, not the photos.
  for (const n of [1, 2]) {
    const button = gallery.getByRole("link", { name: `Tampilkan foto ${n} dari 2` }).locator("img")
    await expect(button).toHaveAttribute("src", /kartu-/)
    await expect.poll(() => width(button)).toBe(480)
  }
  await gallery.getByRole("link", { name: "Tampilkan foto 2 dari 2" }).click()
  await expect(large).toHaveAttribute("src", /samping/)
  await expect(large).not.toHaveAttribute("src", /kartu-/)
  await expect.poll(() => width(large)).toBe(1200)
  expect((await api(`/coordinator/products/${draft.id}/archive`, { token: coordinator.token, body: {} })).status).toBe(200)
})
