import { expect, test, type Page } from "@playwright/test"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { seededVariant, setAvailable, stockLevel, type StockedVariant } from "../http/helpers/checkout"

// The buying path a guest takes in Indonesian, against the demo seed. Each
// test has its own browser context, hence its own cart cookie: no test sees
// another's cart. Products are ones the HTTP suites leave alone.

const NBSP = "\u00a0"
const rupiah = (amount: string) => `Rp${NBSP}${amount}`
const ORDER_NOT_SHOWN = "Pesanan ini tidak dapat ditampilkan di sini"

async function searchAndOpen(page: Page, query: string, title: string) {
  await page.getByRole("searchbox", { name: "Cari produk" }).fill(query)
  await page.getByRole("button", { name: "Cari", exact: true }).click()
  await page.getByRole("list", { name: "Daftar produk" }).getByRole("link", { name: new RegExp(title) }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
}

async function addToCart(page: Page, quantity: number) {
  await page.getByLabel("Jumlah", { exact: true }).fill(String(quantity))
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(page.getByRole("status").filter({ hasText: `${quantity} barang ditambahkan ke keranjang.` })).toBeVisible()
}

test("a guest buys from two cohorts by bank transfer and sees how to pay", async ({ page, browser }) => {
  await page.goto("/")
  // Banana snacks from the women's prison, and a water-hyacinth pencil case from Lapas Palembang.
  await searchAndOpen(page, "Keripik Pisang Balado", "Keripik Pisang Balado")
  await addToCart(page, 2)
  await expect(page.getByRole("link", { name: "Keranjang: 2 barang" })).toBeVisible()
  await searchAndOpen(page, "Kotak Pensil", "Kotak Pensil Eceng Gondok")
  await addToCart(page, 1)

  await page.getByRole("link", { name: "Keranjang: 3 barang" }).click()
  await expect(page).toHaveURL(/\/keranjang$/)
  const lines = page.getByRole("list", { name: "Barang di keranjang" })
  await expect(lines.getByRole("listitem")).toHaveCount(2)
  await expect(page.getByText(rupiah("55.000")).first()).toBeVisible()
  await page.getByRole("link", { name: "Lanjut ke checkout" }).click()

  await expect(page).toHaveURL(/\/checkout/)
  await page.getByLabel("Email").fill("pembeli.e2e@contoh.id")
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()

  await page.getByLabel("Nama depan").fill("Siti")
  await page.getByLabel("Nomor HP").fill("0812 3456 7890")
  await page.getByLabel("Alamat (jalan, nomor rumah, RT/RW)").fill("Jl. Kapten Robani Kadir No. 5, Plaju")
  await page.getByLabel("Kota/kabupaten").fill("Palembang")
  await page.getByLabel("Provinsi").selectOption("Sumatera Selatan")
  // A four-digit postal code is refused next to its field, and the rest is kept.
  await page.getByLabel("Kode pos").fill("3026")
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  const postalCode = page.getByLabel("Kode pos")
  await expect(postalCode).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("Kode pos terdiri dari 5 angka, misalnya 30268.")).toBeVisible()
  await expect(page.getByLabel("Kota/kabupaten")).toHaveValue("Palembang")
  await postalCode.fill("30268")
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()

  // Same-day is offered for Palembang; this guest takes regular delivery.
  await expect(page.getByRole("radio", { name: /Same-day Palembang/ })).toBeVisible()
  await expect(page.getByRole("radio", { name: /Ambil di Outlet Mitra/ })).toBeVisible()
  await page.getByRole("radio", { name: /Pengiriman Reguler/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()

  await page.getByRole("radio", { name: /Transfer bank/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()

  const summary = page.getByRole("region", { name: "Ringkasan pesanan" })
  await expect(summary.getByText(rupiah("70.000"))).toBeVisible()
  await page.getByRole("button", { name: "Buat pesanan" }).click()

  await expect(page).toHaveURL(/\/pesanan\/order_\w+\/berhasil$/)
  await expect(page.getByRole("heading", { level: 1, name: "Terima kasih, pesanan Anda sudah kami terima" })).toBeVisible()
  await expect(page.getByText(/^Nomor pesanan #\d+$/)).toBeVisible()
  const transfer = page.getByRole("region", { name: "Cara membayar dengan transfer bank" })
  await expect(transfer.getByText(rupiah("70.000"))).toBeVisible()
  await expect(transfer.getByText(/Bank Contoh Nusantara/)).toBeVisible()
  await expect(transfer.getByText(/Transfer tepat sebesar total pesanan/)).toBeVisible()
  await expect(page.getByText("Menunggu pembayaran", { exact: true })).toBeVisible()
  await expect(page.getByRole("region", { name: "Barang pesanan" }).getByRole("listitem")).toHaveCount(2)

  // The cart is spent: the header shows an empty one again.
  await expect(page.getByRole("link", { name: "Keranjang kosong" })).toBeVisible()

  // Another browser holding the same address sees no order: the id alone is no key to the buyer's details.
  const stranger = await browser.newContext()
  try {
    const other = await stranger.newPage()
    const answer = await other.goto(page.url())
    expect(answer?.status()).toBe(404)
    await expect(other.getByRole("heading", { level: 1, name: ORDER_NOT_SHOWN })).toBeVisible()
    await expect(other.getByText("pembeli.e2e@contoh.id")).toHaveCount(0)
    await expect(other.getByText(/Robani Kadir/)).toHaveCount(0)
    // The way to the order: the lookup by number and email.
    await other.getByRole("main").getByRole("link", { name: "Lacak pesanan" }).click()
    await expect(other).toHaveURL(/\/lacak-pesanan$/)
  } finally {
    await stranger.close()
  }
  // The placing browser still sees it after a reload.
  await page.reload()
  await expect(page.getByText(/^Nomor pesanan #\d+$/)).toBeVisible()

  // The thank-you note and the account offer sit in the order's own column, edge to edge with its cards, on a desktop and a 390 px phone.
  const invite = page.getByRole("region", { name: "Simpan data Anda untuk pesanan berikutnya" })
  for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size)
    const column = (await transfer.boundingBox())!
    for (const box of [await page.locator("#ucapan").boundingBox(), await invite.boundingBox()]) {
      expect(box!.x).toBeCloseTo(column.x, 0)
      expect(box!.width).toBeCloseTo(column.width, 0)
    }
  }

  // An account made from here starts with the checkout's details (issue 15 item 8).
  await invite.getByRole("link", { name: "Buat akun" }).click()
  await expect(page).toHaveURL(/\/akun\/daftar\?order=order_\w+$/)
  await expect(page.getByLabel("Email")).toHaveValue("pembeli.e2e@contoh.id")
  await expect(page.getByLabel("Nama depan")).toHaveValue("Siti")
})

test.describe("stock limits", () => {
  const product = PRODUCTS.findIndex((p) => p.handle === "keripik-pisang-gula-aren")
  let variant: StockedVariant
  let sellable: number

  test.beforeAll(async () => {
    variant = await seededVariant(product)
    const level = await stockLevel(variant)
    sellable = level.stocked - level.reserved
    await setAvailable(variant, 2)
  })

  test.afterAll(async () => {
    await setAvailable(variant, sellable)
  })

  test("the cart refuses more than the stock left, on the product page and in the cart", async ({ page }) => {
    await page.goto("/produk/keripik-pisang-gula-aren")
    const quantity = page.getByLabel("Jumlah", { exact: true })
    await quantity.fill("3")
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    const refusal = page.getByRole("alert").filter({ hasText: /hanya tersisa 2/ })
    await expect(refusal).toContainText("Keripik Pisang Gula Aren")
    await expect(quantity).toHaveAttribute("aria-invalid", "true")
    await expect(page.getByRole("link", { name: "Keranjang kosong" })).toBeVisible()

    await addToCart(page, 2)
    await page.getByRole("link", { name: "Keranjang: 2 barang" }).click()
    const line = page.getByLabel("Jumlah Keripik Pisang Gula Aren (200 g)", { exact: true })
    await line.fill("3")
    await page.getByRole("button", { name: "Ubah jumlah Keripik Pisang Gula Aren (200 g)" }).click()
    await expect(page.getByRole("alert").filter({ hasText: /hanya tersisa 2/ })).toBeVisible()
    await expect(page.getByRole("link", { name: "Keranjang: 2 barang" })).toBeVisible()
  })
})

test("English: the cart and checkout speak English and stay under /en", async ({ page }) => {
  await page.goto("/en/products/sale-pisang")
  await page.getByLabel("Quantity", { exact: true }).fill("1")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("status").filter({ hasText: "1 item added to your cart." })).toBeVisible()
  await page.getByRole("link", { name: "Cart: 1 item" }).click()
  await expect(page).toHaveURL(/\/en\/cart$/)
  await page.getByRole("link", { name: "Go to checkout" }).click()
  await page.getByLabel("Email").fill("not-an-email")
  await page.getByRole("button", { name: "Continue", exact: true }).click()
  await expect(page.getByText("Enter a valid email address, for example name@example.com.")).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true")
  await page.getByLabel("Email").fill("shopper.e2e@example.com")
  await page.getByRole("button", { name: "Continue", exact: true }).click()
  await expect(page).toHaveURL(/\/en\/checkout\?step=address$/)
  await expect(page.getByLabel("Postal code")).toBeVisible()
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("bank transfer works with plain form posts, pickup included", async ({ page }) => {
    await page.goto("/produk/kerupuk-tempe")
    await addToCart(page, 1)
    await page.goto("/checkout")
    await page.getByLabel("Email").fill("tanpa.js@contoh.id")
    await page.getByRole("button", { name: "Lanjut", exact: true }).click()
    await page.getByLabel("Nama depan").fill("Budi")
    await page.getByLabel("Nomor HP").fill("081298765432")
    await page.getByLabel("Alamat (jalan, nomor rumah, RT/RW)").fill("Jl. Sudirman No. 10")
    await page.getByLabel("Kota/kabupaten").fill("Jakarta Pusat")
    await page.getByLabel("Provinsi").selectOption("DKI Jakarta")
    await page.getByLabel("Kode pos").fill("10110")
    await page.getByRole("button", { name: "Lanjut", exact: true }).click()

    // Outside Palembang there is no same-day; pickup at a partner outlet costs nothing.
    await expect(page.getByRole("radio", { name: /Pengiriman Reguler/ })).toBeVisible()
    await expect(page.getByRole("radio", { name: /Same-day/ })).toHaveCount(0)
    await page.getByRole("radio", { name: /Ambil di Outlet Mitra/ }).check()
    // The outlets show once pickup is checked (CSS only, no JavaScript): the shopper picks one.
    await page.getByRole("radio", { name: "Sentra Kuliner Binaan Pertamina Plaju" }).check()
    await page.getByRole("button", { name: "Lanjut", exact: true }).click()
    await page.getByRole("radio", { name: /Transfer bank/ }).check()
    await page.getByRole("button", { name: "Lanjut", exact: true }).click()
    await page.getByRole("button", { name: "Buat pesanan" }).click()

    await expect(page).toHaveURL(/\/pesanan\/order_\w+\/berhasil$/)
    await expect(page.getByText(/^Nomor pesanan #\d+$/)).toBeVisible()
    const transfer = page.getByRole("region", { name: "Cara membayar dengan transfer bank" })
    await expect(transfer.getByText(rupiah("12.000"))).toBeVisible()
    const delivery = page.getByRole("region", { name: "Pengiriman" })
    await expect(delivery.getByText("Kami hubungi Anda lewat HP saat pesanan siap diambil.")).toBeVisible()
    await expect(delivery.getByText("Sentra Kuliner Binaan Pertamina Plaju")).toBeVisible()
  })
})
