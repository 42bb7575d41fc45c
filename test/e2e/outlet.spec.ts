import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { DEMO_COORDINATORS } from "../http/helpers/coordinators"
import { demoOutlet } from "../http/helpers/outlets"
import { restock } from "../http/helpers/production"

// The outlet portal in the browser: a seeded partner outlet's buyer orders
// stock by the carton with a PO number and opens the printable invoice.
// What it buys is restocked first (HTTP suites before it drain shared stock).
const outlet = OUTLETS[0]
const buyer = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === outlet.handle)!
const ORDER = { "KB-PSG-SLG-200": 2, "KB-TMP-CHP-RLT-100": 1, "KB-TMW-TTS-HJU": 2 } as const

test("an outlet buyer quick-orders three products in cartons with a PO number and prints the invoice", async ({ page }) => {
  const { catalog } = await demoOutlet(0)
  for (const [sku, cartons] of Object.entries(ORDER)) await restock(sku, cartons * catalog.get(sku)!.case_pack_units)
  await page.goto("/outlet")
  await expect(page).toHaveURL(/\/outlet\/masuk\?next=%2Foutlet$/)
  await expect(page.getByRole("heading", { level: 1, name: "Masuk sebagai pembeli outlet" })).toBeVisible()
  await expect(page.getByRole("link", { name: /Keranjang/ })).toHaveCount(0)

  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Kata sandi").fill(buyer.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page).toHaveURL(/\/outlet$/)
  await expect(page.getByRole("heading", { level: 1, name: "Pesan stok" })).toBeVisible()
  await expect(page.getByRole("banner")).toContainText(outlet.name)

  // Under the minimum first: the server refuses and says how much is missing.
  await page.getByLabel("Jumlah karton KB-TMP-CHP-RLT-100").fill("1")
  await page.getByLabel("Nomor PO (purchase order)").fill("PO-E2E-KURANG")
  await page.getByRole("button", { name: "Kirim pesanan" }).click()
  await expect(page.getByTestId("order-refusal")).toContainText("Pesanan minimum Rp 300.000; kurang Rp")

  const po = `PO-PLJ-${Date.now().toString(36).toUpperCase()}`
  for (const [sku, cartons] of Object.entries(ORDER)) await page.getByLabel(`Jumlah karton ${sku}`).fill(String(cartons))
  await page.getByLabel("Nomor PO (purchase order)").fill(po)
  await page.getByLabel("Diambil sendiri di gudang Karya Binaan Plaju").check()
  await page.getByRole("button", { name: "Kirim pesanan" }).click()

  // Placing the order runs the whole cart path on the server: allow it time on a busy machine.
  await expect(page).toHaveURL(/\/outlet\/pesanan\/order_[A-Z0-9]+\?placed=1$/, { timeout: 45_000 })
  await expect(page.getByText("Pesanan terkirim.")).toBeVisible()
  await expect(page.getByRole("main")).toContainText(po)
  for (const sku of Object.keys(ORDER)) await expect(page.getByRole("main")).toContainText(sku)
  const orderId = page.url().match(/(order_[A-Z0-9]+)/)![1]

  // A thank-you to one of the three cohorts, signed as the outlet (no first name asked).
  const noteForm = page.getByTestId("thank-you-note-form")
  await expect(noteForm.getByLabel("Nama depan")).toHaveCount(0)
  const cohortId = await noteForm.getByLabel("Untuk kelompok").inputValue()
  const thanks = `Tamu kantin kami suka sekali, terima kasih ${Date.now().toString(36)}`
  await noteForm.getByLabel("Pesan", { exact: true }).fill(thanks)
  await noteForm.getByRole("button", { name: "Kirim ucapan" }).click()
  await expect(page.getByText("Terima kasih! Ucapan Anda terkirim dan akan tampil setelah disetujui koordinator kelompok.")).toBeVisible()
  // Without a reload: the note is listed awaiting approval, and the other two cohorts can still be thanked.
  await expect(page.locator("#ucapan")).toContainText(`“${thanks}”`)
  await expect(page.locator("#ucapan")).toContainText("menunggu persetujuan")
  await expect(noteForm.getByLabel("Untuk kelompok").locator("option")).toHaveCount(2)
  await expect(noteForm.getByLabel("Untuk kelompok").locator(`option[value="${cohortId}"]`)).toHaveCount(0)
  await page.reload()
  await expect(page.locator("#ucapan")).toContainText(`“${thanks}”`)
  await expect(page.getByTestId("thank-you-note-form").getByLabel("Untuk kelompok").locator("option")).toHaveCount(2)
  const { token } = await demoOutlet(0)
  const notes = await api(`/outlet/orders/${orderId}/notes`, { token })
  expect(notes.body.cohorts.find((c: { id: string }) => c.id === cohortId).note).toEqual(expect.objectContaining({ message: thanks, status: "pending" }))

  await page.getByRole("link", { name: "Cetak faktur" }).click()
  await expect(page).toHaveURL(new RegExp(`/outlet/pesanan/${orderId}/faktur$`))
  await expect(page.getByRole("heading", { level: 1, name: "Faktur" })).toBeVisible()
  await expect(page.getByTestId("invoice-po")).toHaveText(po)
  await expect(page.getByRole("article")).toContainText(outlet.name)
  await expect(page.getByRole("article")).toContainText(outlet.address_1)
  await expect(page.getByRole("article")).toContainText("14 hari")
  await expect(page.getByRole("article")).toContainText("No. rekening")
  // The invoice prints without the portal's header.
  await page.emulateMedia({ media: "print" })
  await expect(page.getByRole("banner")).toBeHidden()
  await expect(page.getByTestId("invoice-total")).toBeVisible()
  await page.emulateMedia({ media: "screen" })

  // The order is a real Medusa order in the outlet's channel, on invoice.
  const order = await api(`/admin/orders/${orderId}?fields=payment_status,metadata,*items`, { token: await operatorToken() })
  expect(order.body.order.payment_status).toBe("authorized")
  expect(order.body.order.metadata.po_number).toBe(po)
  expect(order.body.order.items).toHaveLength(3)

  // Order again: the grid comes back filled with the same cartons.
  await page.goto(`/outlet/pesanan/${orderId}`)
  await page.getByRole("link", { name: "Pesan lagi" }).click()
  await expect(page.getByText(/Diisi dari pesanan #\d+/)).toBeVisible()
  for (const [sku, cartons] of Object.entries(ORDER)) await expect(page.getByLabel(`Jumlah karton ${sku}`)).toHaveValue(String(cartons))
})

test("the outlet portal speaks English at /en/outlet", async ({ page }) => {
  await page.goto("/en/outlet/login")
  await expect(page.getByRole("heading", { level: 1, name: "Log in as an outlet buyer" })).toBeVisible()
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Password").fill(buyer.password)
  await page.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Order stock" })).toBeVisible()
  await page.getByRole("navigation", { name: "Outlet portal menu" }).getByRole("link", { name: "Order history" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/orders$/)
})

test("an outlet buyer reports consigned goods sold, and the sale appears with the outlet's orders", async ({ page }) => {
  await page.goto("/outlet/masuk")
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Kata sandi").fill(buyer.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Pesan stok" })).toBeVisible()

  await page.getByRole("navigation", { name: "Menu portal outlet" }).getByRole("link", { name: "Barang titipan" }).click()
  await expect(page).toHaveURL(/\/outlet\/titipan$/)
  // The seeded consigned hats: the HTTP suite sells and returns the handbags.
  const sku = "KB-ECG-TOP-M"
  expect(outlet.consigned[sku]).toBeGreaterThanOrEqual(2)
  await expect(page.getByRole("table").first()).toContainText(sku)

  // A day in October no other run used: reports are one per outlet and period.
  const day = `2026-10-${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`
  await page.getByLabel("Awal periode").fill(day)
  await page.getByLabel("Akhir periode").fill(day)
  await page.getByLabel(`Terjual ${sku}`).fill("2")
  await page.getByRole("button", { name: "Kirim laporan" }).click()
  await expect(page).toHaveURL(/\/outlet\/titipan\?reported=1$/, { timeout: 45_000 })
  await expect(page.getByText("Laporan terkirim dan penjualan sudah dicatat.")).toBeVisible()
  await page.getByRole("link", { name: "Lihat penjualan" }).first().click()
  await expect(page).toHaveURL(/\/outlet\/pesanan\/order_[A-Z0-9]+$/)
  await expect(page.getByRole("main")).toContainText(sku)
  await expect(page.getByRole("main")).toContainText("Lunas")
})

test("a coordinator consigns units of a batch to a partner outlet from the batch page", async ({ page }) => {
  // The tali meiwa cohort's medium baskets (KB-TMW-KRS-M): counted by no other test.
  const login = DEMO_COORDINATORS.find((c) => c.cohortHandle === "rutan-palembang-tali-meiwa")!
  await page.goto("/koordinator/masuk")
  await page.getByLabel("Email").fill(login.email)
  await page.getByLabel("Kata sandi").fill(login.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page).toHaveURL(/\/koordinator$/)
  // The batch list comes a page at a time: walk it to the first page with a basket batch.
  const basket = page.getByRole("link", { name: /KB-TMW-KRS-M/ }).first()
  for (let n = 1; n <= 20 && !(await basket.count()); n++) await page.goto(`/koordinator/batch${n > 1 ? `?page=${n}` : ""}`)
  await basket.click()
  await expect(page.getByRole("heading", { name: "Titipkan ke outlet mitra" })).toBeVisible()
  await page.getByLabel("Outlet mitra", { exact: true }).selectOption({ label: OUTLETS[1].name })
  await page.getByLabel(/Jumlah unit/).fill("2")
  await page.getByRole("button", { name: "Titipkan" }).click()
  await expect(page.getByText("2 unit dititipkan ke outlet.")).toBeVisible({ timeout: 30_000 })
})
