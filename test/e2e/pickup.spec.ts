import { expect, test, type Page } from "@playwright/test"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { api } from "../http/helpers/api"
import { coordinatorOf } from "../http/helpers/coordinators"
import { cohortOrder, restock } from "../http/helpers/production"
import { loginToPortal } from "./portal"

// "Ambil di Outlet Mitra" as a shopper meets it: choose which partner outlet,
// pay there in cash, see the outlet on the review and confirmation pages; the
// cohort packs it; that outlet's buyer hands it over in the portal and takes
// the cash, another outlet never sees it. Both languages, desktop and phone.

// Sambal tempe kering: bought by no other browser or HTTP suite; topped up first.
const SKU = "KB-TMP-SBL-200"
const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === SKU))!
const [chosen, other] = [OUTLETS[0]!, OUTLETS[1]!]
const buyerOf = (handle: string) => DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === handle)!

const COPY = {
  id: {
    productPath: `/produk/${product.handle}`,
    pickupsPath: "/outlet/diambil",
    quantity: "Jumlah",
    add: "Tambah ke keranjang",
    added: "1 barang ditambahkan ke keranjang.",
    cart: /Keranjang: \d+ barang/,
    toCheckout: "Lanjut ke checkout",
    next: "Lanjut",
    firstName: "Nama depan",
    phone: "Nomor HP",
    street: "Alamat (jalan, nomor rumah, RT/RW)",
    city: "Kota/kabupaten",
    province: "Provinsi",
    postal: "Kode pos",
    pickupOption: /Ambil di Outlet Mitra/,
    payAtOutlet: /Bayar di outlet/,
    placeOrder: "Buat pesanan",
    confirmed: /\/pesanan\/order_\w+\/berhasil$/,
    cashDue: /Bayar Rp\s?[\d.]+ tunai di outlet saat mengambil/,
    collect: /Sudah dibayar Rp\s?[\d.]+ & diambil/,
    collected: (n: number) => `Pesanan #${n} sudah diserahkan.`,
  },
  en: {
    productPath: `/en/products/${product.handle}`,
    pickupsPath: "/en/outlet/pickups",
    quantity: "Quantity",
    add: "Add to cart",
    added: "1 item added to your cart.",
    cart: /Cart: \d+ items?/,
    toCheckout: "Go to checkout",
    next: "Continue",
    firstName: "First name",
    phone: "Mobile number",
    street: "Address (street, house number, RT/RW)",
    city: "City or regency",
    province: "Province",
    postal: "Postal code",
    pickupOption: /Pick up at a partner outlet/,
    payAtOutlet: /Pay at the outlet/,
    placeOrder: "Place order",
    confirmed: /\/en\/orders\/order_\w+\/confirmed$/,
    cashDue: /Pay Rp\s?[\d.]+ in cash at the outlet when you collect/,
    collect: /Paid Rp\s?[\d.]+ & collected/,
    collected: (n: number) => `Order #${n} has been handed over.`,
  },
}

type Copy = (typeof COPY)["id"]

/** A full-page screenshot when WALK_SHOTS names a folder (a person's walk-through); nothing otherwise. */
async function shot(page: Page, name: string) {
  if (process.env.WALK_SHOTS) await page.screenshot({ path: `${process.env.WALK_SHOTS}/pickup-${name}-${page.viewportSize()?.width}.png`, fullPage: true })
}

/** Product page → cart → checkout up to a placed pay-at-outlet order at `chosen`; returns the order id. */
async function buyForPickup(page: Page, c: Copy, email: string): Promise<string> {
  await page.goto(c.productPath)
  await page.getByLabel(c.quantity, { exact: true }).fill("1")
  await page.getByRole("button", { name: c.add }).click()
  await expect(page.getByRole("status").filter({ hasText: c.added })).toBeVisible()
  await page.getByRole("link", { name: c.cart }).first().click()
  await page.getByRole("link", { name: c.toCheckout }).click()

  await page.getByLabel("Email").fill(email)
  await page.getByRole("button", { name: c.next, exact: true }).click()
  await page.getByLabel(c.firstName).fill("Rahma")
  await page.getByLabel(c.phone).fill("0812 7777 1234")
  await page.getByLabel(c.street).fill("Jl. DI Panjaitan No. 12, Plaju")
  await page.getByLabel(c.city).fill("Palembang")
  await page.getByLabel(c.province).selectOption("Sumatera Selatan")
  await page.getByLabel(c.postal).fill("30268")
  await page.getByRole("button", { name: c.next, exact: true }).click()

  // The outlets appear once pickup is chosen; the shopper picks one by name.
  await page.getByRole("radio", { name: c.pickupOption }).check()
  await expect(page.getByRole("radio", { name: other.name })).toBeVisible()
  await page.getByRole("radio", { name: chosen.name }).check()
  await shot(page, "delivery")
  await page.getByRole("button", { name: c.next, exact: true }).click()

  await page.getByRole("radio", { name: c.payAtOutlet }).check()
  await page.getByRole("button", { name: c.next, exact: true }).click()

  // The review names the outlet and that the cash is paid there.
  await expect(page.getByText(chosen.name).first()).toBeVisible()
  await shot(page, "review")
  await page.getByRole("button", { name: c.placeOrder }).click()
  await expect(page).toHaveURL(c.confirmed, { timeout: 30_000 })
  await expect(page.getByText(chosen.name).first()).toBeVisible()
  await expect(page.getByText(c.cashDue).first()).toBeVisible()
  await shot(page, "confirmed")
  return page.url().match(/order_\w+/)![0]
}

/** The cohort packs every line of the order (through its API: the portal's packing has its own tests). */
async function cohortPacks(orderId: string): Promise<number> {
  const coordinator = await coordinatorOf(product.cohort)
  const view = await cohortOrder(coordinator, orderId)
  expect(view, "the cohort sees the pickup to pack before it is paid").toBeTruthy()
  const packed = await api(`/coordinator/orders/${orderId}/fulfillments`, {
    token: coordinator.token,
    body: { cohort_id: coordinator.cohortId, items: view.items.map((l: { id: string; quantity: number }) => ({ line_item_id: l.id, quantity: l.quantity })) },
  })
  expect(packed.status, JSON.stringify(packed.body)).toBe(201)
  return view.display_id as number
}

/** The chosen outlet's buyer hands it over; another outlet's buyer does not see it. */
async function outletHandsOver(page: Page, c: Copy, orderId: string, displayId: number) {
  const otherBuyer = buyerOf(other.handle)
  await loginToPortal(page, c.pickupsPath, otherBuyer.email, otherBuyer.password)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.getByRole("heading", { name: `#${displayId}`, exact: true })).toHaveCount(0)
  await page.context().clearCookies()

  const buyer = buyerOf(chosen.handle)
  await loginToPortal(page, c.pickupsPath, buyer.email, buyer.password)
  const card = page.getByTestId("pickup").filter({ has: page.getByRole("heading", { name: `#${displayId}`, exact: true }) })
  await expect(card).toBeVisible()
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(width, "no sideways scrolling").toBeLessThanOrEqual(0)
  await shot(page, "outlet-ready")
  await card.getByRole("button", { name: c.collect }).click()
  await expect(page.getByText(c.collected(displayId))).toBeVisible({ timeout: 30_000 })
  await shot(page, "outlet-collected")
  expect(orderId).toMatch(/^order_/)
}

test.beforeAll(async () => {
  await restock(SKU, 10)
})

test("a shopper collects at the outlet they chose and pays there; that outlet hands it over (Indonesian, desktop)", async ({ page }) => {
  test.setTimeout(180_000)
  const orderId = await buyForPickup(page, COPY.id, `ambil.${Date.now().toString(36)}@contoh.id`)
  const displayId = await cohortPacks(orderId)
  await page.context().clearCookies()
  await outletHandsOver(page, COPY.id, orderId, displayId)
})

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: "en-US" })

  test("an English shopper collects at a chosen outlet and pays there; that outlet hands it over", async ({ page }) => {
    test.setTimeout(180_000)
    const orderId = await buyForPickup(page, COPY.en, `pickup.${Date.now().toString(36)}@example.com`)
    const displayId = await cohortPacks(orderId)
    await page.context().clearCookies()
    await outletHandsOver(page, COPY.en, orderId, displayId)
  })
})
