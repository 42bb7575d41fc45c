import { expect, test, type Page } from "@playwright/test"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { api } from "../http/helpers/api"
import { demoOutlet } from "../http/helpers/outlets"
import { formatRupiah } from "../../backend/src/lib/rupiah"

// The outlet's quick order on a 390 px phone and on a desktop: every carton
// field reachable on screen, and the delivery fee shown before the order is
// placed (the backend's own quote, GET /outlet/delivery-options). Nothing is ordered here.
const outlet = OUTLETS[0]
const buyer = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === outlet.handle)!
const PHONE = { width: 390, height: 844 }

async function logIn(page: Page) {
  await page.goto("/outlet")
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Kata sandi").fill(buyer.password)
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Pesan stok" })).toBeVisible()
}

async function quotedFees(): Promise<Record<string, number>> {
  const { token } = await demoOutlet(0)
  const res = await api("/outlet/delivery-options", { token })
  return Object.fromEntries((res.body.delivery_options as { delivery: string; amount: number }[]).map((o) => [o.delivery, o.amount]))
}

for (const [device, viewport] of [["phone", PHONE], ["desktop", { width: 1280, height: 800 }]] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport })

    test("every carton field is on screen, and the delivery fee shows before ordering", async ({ page }) => {
      const fees = await quotedFees()
      await logIn(page)
      const { catalog } = await demoOutlet(0)
      expect(catalog.size).toBeGreaterThan(5)
      // Every row's "Jumlah karton" field fits the screen's width once scrolled to.
      // The grid lists what the outlet has a price for.
      for (const sku of [...catalog.values()].filter((v) => typeof v.price === "number").map((v) => v.sku)) {
        const field = page.getByLabel(`Jumlah karton ${sku}`, { exact: true })
        await field.scrollIntoViewIfNeeded()
        await expect(field).toBeInViewport({ ratio: 1 })
        const box = (await field.boundingBox())!
        expect(box.x, sku).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width, sku).toBeLessThanOrEqual(viewport.width)
      }
      // Cartons are realistic (the seed gave tempe chips cartons of 1 before): 20 packs a carton.
      await expect(page.locator('tr[data-sku="KB-TMP-KRP-ORI-250"]')).toContainText("20 pcs")

      const chips = catalog.get("KB-PSG-KRP-ORI-200")!
      await page.getByLabel("Jumlah karton KB-PSG-KRP-ORI-200", { exact: true }).fill("2")
      const goods = 2 * chips.case_pack_units * chips.price
      await expect(page.getByTestId("order-estimate")).toHaveText(formatRupiah(goods))
      await expect(page.getByTestId("order-delivery-fee")).toHaveText(formatRupiah(fees.delivery))
      await expect(page.getByTestId("order-total-estimate")).toHaveText(formatRupiah(goods + fees.delivery))
      await expect(page.getByLabel(/Dikirim ke alamat outlet/)).toBeChecked()

      await page.getByLabel(/Diambil sendiri di gudang/).check()
      const pickup = fees.pickup === 0 ? "Gratis" : formatRupiah(fees.pickup)
      await expect(page.getByTestId("order-delivery-fee")).toHaveText(pickup)
      await expect(page.getByTestId("order-total-estimate")).toHaveText(formatRupiah(goods + fees.pickup))
    })
  })
}

test("English: the fee is named in English", async ({ page }) => {
  const fees = await quotedFees()
  await page.goto("/en/outlet")
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Password").fill(buyer.password)
  await page.getByRole("button", { name: "Log in" }).click()
  await expect(page.getByText("Delivery fee:")).toBeVisible()
  await expect(page.getByTestId("order-delivery-fee")).toHaveText(formatRupiah(fees.delivery))
})
