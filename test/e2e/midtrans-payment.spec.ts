import { expect, test } from "@playwright/test"
import { env } from "../http/helpers/env"
import { seededVariant, setAvailable, stockLevel } from "../http/helpers/checkout"
import { loginToAdmin, setAdminLanguage } from "./admin"
import { cartAtPaymentStep, gatewayReports } from "./midtrans"

// Paying through Midtrans (QRIS, e-wallets, virtual accounts) against the test
// stack's fake gateway. The cart is readied through the store API; the payment
// step, the pending-payment page and the move to the confirmation page are the
// shopper's. Each test takes its own cart; the product is one no other suite buys.
const PRODUCT = 17 // Tas Tangan Eceng Gondok
const NBSP = "\u00a0"

test("a shopper pays by QRIS and lands on the confirmation page without reloading", async ({ page, context }) => {
  const cartId = await cartAtPaymentStep(context, PRODUCT, "qris.e2e@contoh.id")
  await page.goto("/checkout?step=payment")

  // Every method the backend has, with its name, and bank transfer still there.
  for (const name of [/^QRIS/, /^GoPay/, /^ShopeePay/, /^Virtual account BCA/, /^Virtual account BNI/, /^Virtual account BRI/, /^Mandiri Bill Payment/, /^Transfer bank/]) {
    await expect(page.getByRole("radio", { name })).toBeVisible()
  }
  await page.getByRole("radio", { name: /^QRIS/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()

  await expect(page).toHaveURL(new RegExp(`/bayar/${cartId}$`))
  await expect(page.getByRole("heading", { level: 1, name: "Selesaikan pembayaran Anda" })).toBeVisible()
  const qr = page.getByRole("img", { name: /^Kode QR QRIS untuk membayar Rp/ })
  await expect(qr).toBeVisible()
  // The QR is drawn here from the QR string, not fetched from anywhere.
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/)
  await expect(page.getByText(/^Sisa waktu 1[45]:\d\d$/)).toBeVisible()

  // A reload (or a closed tab reopened) finds the same payment.
  await page.reload()
  await expect(page.getByRole("img", { name: /^Kode QR QRIS/ })).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: "Menunggu pembayaran" })).toBeVisible()
  // So does a shopper who wandered off to the cart.
  await page.goto("/keranjang")
  await page.getByRole("status").filter({ hasText: "Pembayaran Anda dengan QRIS belum selesai." }).getByRole("link", { name: "Buka halaman pembayaran" }).click()
  await expect(page).toHaveURL(new RegExp(`/bayar/${cartId}$`))
  await expect(page.getByRole("img", { name: /^Kode QR QRIS/ })).toBeVisible()
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))

  expect(await gatewayReports(cartId, "settlement")).toBe(200)

  await expect(page).toHaveURL(/\/pesanan\/order_\w+\/berhasil$/, { timeout: 20_000 })
  await expect(page.getByRole("heading", { level: 1, name: "Terima kasih, pesanan Anda sudah kami terima" })).toBeVisible()
  await expect(page.getByText("QRIS", { exact: true })).toBeVisible()
  // No reload: the page followed the payment by itself.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
  // The cart became the order: the header's cart is empty.
  await expect(page.getByRole("link", { name: "Keranjang kosong" })).toBeVisible()
})

test("GoPay on a computer shows the QR Midtrans draws, to scan with the phone's app (English)", async ({ page, context }) => {
  const cartId = await cartAtPaymentStep(context, PRODUCT, "gopay.desktop.e2e@example.com")
  await page.goto("/en/checkout?step=payment")
  await page.getByRole("radio", { name: /^GoPay/ }).check()
  await page.getByRole("button", { name: "Continue", exact: true }).click()
  await page.getByRole("link", { name: "Continue to payment" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/pay/${cartId}$`))
  // GoPay's charge names its QR image, not a QR string: the page shows that image (offline here, so only its address is checked).
  const qr = page.getByRole("img", { name: /^GoPay QR code to pay Rp/ })
  await expect(qr).toBeVisible()
  expect(await qr.getAttribute("src")).toMatch(/^https:\/\/api\.sandbox\.midtrans\.com\/v2\/[^/]+\/qr-code$/)
  // A computer has no GoPay app: the app button is for phones.
  await expect(page.getByRole("link", { name: "Open the GoPay app" })).toBeHidden()
})

test("the last unit sells while the shopper pays: the page says the money goes back, and the operator finds the refund on Admin's Orders page", async ({ page, context }) => {
  const email = "habis.e2e@contoh.id"
  const cartId = await cartAtPaymentStep(context, PRODUCT, email)
  await page.goto("/checkout?step=payment")
  await page.getByRole("radio", { name: /^Virtual account BNI/ }).check()
  await page.getByRole("button", { name: "Lanjut", exact: true }).click()
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
  await expect(page).toHaveURL(new RegExp(`/bayar/${cartId}$`))
  await expect(page.getByText(/^\d{10,}$/)).toBeVisible()

  // Stock is not held while a VA is open: someone else buys the last units, then the transfer arrives.
  const variant = await seededVariant(PRODUCT)
  const before = await stockLevel(variant)
  await setAvailable(variant, 0)
  try {
    expect(await gatewayReports(cartId, "settlement")).toBe(200)
    const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Pembayaran tidak bisa diproses" }) })
    await expect(alert).toBeVisible({ timeout: 20_000 })
    await expect(alert).toContainText("Stok barang habis saat Anda membayar")
    await expect(alert).toContainText("Uang Anda dikembalikan otomatis")
  } finally {
    await setAvailable(variant, before.stocked - before.reserved)
  }

  // Medusa keeps no payment for it; Admin's Orders page lists it, in English and Indonesian.
  const operator = await context.browser()!.newContext({ viewport: { width: 1280, height: 900 } })
  const admin = await operator.newPage()
  try {
    await loginToAdmin(admin, "en")
    await admin.goto(`${env.backendUrl}/app/orders`)
    const box = admin.getByTestId("unplaced-payments")
    await expect(box.getByRole("heading", { name: "Payments returned without an order" })).toBeVisible({ timeout: 30_000 })
    const row = box.getByRole("row").filter({ hasText: email })
    await expect(row).toContainText("Sold out while the shopper paid")
    await expect(row).toContainText("va-bni")
    await expect(row).toContainText(/Rp \d/)
    await setAdminLanguage(admin, "id")
    await admin.reload()
    await expect(box.getByRole("heading", { name: "Pembayaran dikembalikan tanpa pesanan" })).toBeVisible({ timeout: 30_000 })
    await expect(box.getByRole("row").filter({ hasText: email })).toContainText("Stok habis saat pembeli membayar")
  } finally {
    await operator.close()
  }
})

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test("a BCA virtual account shows its number and copies it; once it lapses, another way to pay is offered (English)", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"])
    const cartId = await cartAtPaymentStep(context, PRODUCT, "va.e2e@example.com")
    await page.goto("/en/checkout?step=payment")
    await page.getByRole("radio", { name: /^BCA virtual account/ }).check()
    await page.getByRole("button", { name: "Continue", exact: true }).click()
    await page.getByRole("link", { name: "Continue to payment" }).click()

    await expect(page).toHaveURL(new RegExp(`/en/pay/${cartId}$`))
    const account = page.getByRole("region", { name: "Transfer to a BCA virtual account" })
    const number = account.getByText(/^\d{10,}$/)
    await expect(number).toBeVisible()
    await expect(page.getByText(new RegExp(`^Rp${NBSP}[\\d.]+$`)).first()).toBeVisible()
    await expect(page.getByText(/^(23:59|24:00):\d\d left$/)).toBeVisible()
    await expect(account.getByRole("listitem").first()).toContainText("BCA mobile")

    await account.getByRole("button", { name: "Copy Virtual account number" }).click()
    await expect(account.getByRole("status")).toHaveText("Virtual account number copied.")
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await number.textContent())

    expect(await gatewayReports(cartId, "expire")).toBe(200)
    const alert = page.getByRole("alert")
    await expect(alert.getByRole("heading", { name: "The time to pay has run out" })).toBeVisible({ timeout: 20_000 })
    await expect(number).toBeHidden()
    await alert.getByRole("link", { name: "Choose another way to pay" }).click()
    await expect(page).toHaveURL(/\/en\/checkout\?step=payment$/)
    await expect(page.getByRole("radio", { name: /^Bank transfer/ })).toBeVisible()
  })

  test("GoPay opens the e-wallet app from the phone (Indonesian)", async ({ page, context }) => {
    const cartId = await cartAtPaymentStep(context, PRODUCT, "gopay.e2e@contoh.id")
    await page.goto("/checkout?step=payment")
    await page.getByRole("radio", { name: /^GoPay/ }).check()
    await page.getByRole("button", { name: "Lanjut", exact: true }).click()
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await expect(page).toHaveURL(new RegExp(`/bayar/${cartId}$`))
    const open = page.getByRole("link", { name: "Buka aplikasi GoPay" })
    await expect(open).toBeVisible()
    expect(await open.getAttribute("href")).toMatch(/^https:\/\/simulator\.sandbox\.midtrans\.com\/gopay\//)
  })
})
