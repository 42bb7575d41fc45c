import { expect, test, type Page } from "@playwright/test"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { seededVariant, setAvailable, stockLevel, type StockedVariant } from "../http/helpers/checkout"

// A huge quantity is answered with how many are left, never "at least 1"; the
// review step shows the total to pay with the button that places the order,
// on a 390 px phone and on a desktop. The placemats are a product no other suite buys.

const PRODUCT = PRODUCTS.findIndex((p) => p.handle === "tatakan-piring-eceng-gondok")
const LEFT = 9
const PHONE = { width: 390, height: 844 }

let variant: StockedVariant
let sellable: number

test.beforeAll(async () => {
  variant = await seededVariant(PRODUCT)
  const level = await stockLevel(variant)
  sellable = level.stocked - level.reserved
  await setAvailable(variant, LEFT)
})

test.afterAll(async () => {
  await setAvailable(variant, sellable)
})

async function addOne(page: Page) {
  await page.goto("/produk/tatakan-piring-eceng-gondok")
  await page.getByLabel("Jumlah", { exact: true }).fill("1")
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(page.getByRole("status").filter({ hasText: "1 barang ditambahkan ke keranjang." })).toBeVisible()
}

/** From a cart with something in it to the review step, as a guest paying by bank transfer. */
async function toReview(page: Page) {
  await page.goto("/checkout")
  await page.getByLabel("Email").fill("ringkasan.e2e@contoh.id")
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  await page.getByLabel("Nama depan").fill("Rina")
  await page.getByLabel("Nomor HP").fill("0812 1111 2222")
  await page.getByLabel("Alamat (jalan, nomor rumah, RT/RW)").fill("Jl. Kapten Robani Kadir No. 7, Plaju")
  await page.getByLabel("Kota/kabupaten").fill("Palembang")
  await page.getByLabel("Provinsi").selectOption("Sumatera Selatan")
  await page.getByLabel("Kode pos").fill("30268")
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  await page.getByRole("radio", { name: /Pengiriman Reguler/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  await page.getByRole("radio", { name: /Transfer bank/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
}

for (const [device, viewport] of [["phone", PHONE], ["desktop", { width: 1280, height: 800 }]] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport })

    test("100000 on the product page and 999999 in the cart say how many are left", async ({ page }) => {
      await page.goto("/produk/tatakan-piring-eceng-gondok")
      await page.getByLabel("Jumlah", { exact: true }).fill("100000")
      await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
      const refusal = page.getByRole("alert").filter({ hasText: `hanya tersisa ${LEFT}` })
      await expect(refusal).toContainText("Tatakan Piring Eceng Gondok")
      await expect(page.getByText(/paling sedikit 1/)).toHaveCount(0)

      await addOne(page)
      await page.goto("/keranjang")
      const line = page.getByLabel(/^Jumlah Tatakan Piring Eceng Gondok/)
      await line.fill("999999")
      await page.getByRole("button", { name: /^Ubah jumlah Tatakan Piring Eceng Gondok/ }).click()
      await expect(page.getByRole("alert").filter({ hasText: `hanya tersisa ${LEFT}` })).toBeVisible()
    })

    test("English: 100000 says only so many are left", async ({ page }) => {
      await page.goto("/en/products/tatakan-piring-eceng-gondok")
      await page.getByLabel("Quantity", { exact: true }).fill("100000")
      await page.getByRole("button", { name: "Add to cart" }).click()
      await expect(page.getByRole("alert").filter({ hasText: `Only ${LEFT} of` })).toBeVisible()
    })

    test("the review step shows the total to pay with the place-order button", async ({ page }) => {
      await addOne(page)
      await toReview(page)
      const button = page.getByRole("button", { name: "Buat pesanan" })
      const total = page.getByText("Total yang dibayar", { exact: true })
      await button.scrollIntoViewIfNeeded()
      // Seen together: the amount is on screen whenever the button is, and above it.
      await expect(total).toBeInViewport()
      await expect(total.locator("xpath=..")).toContainText(/Rp\s?\d/)
      const [totalBox, buttonBox] = [await total.boundingBox(), await button.boundingBox()]
      expect(totalBox!.y).toBeLessThan(buttonBox!.y)
      expect(buttonBox!.y - totalBox!.y).toBeLessThan(viewport.height / 2)
    })
  })
}
