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
  await expect(page.getByRole("heading", { level: 1, name: "Pesan stok" })).toBeVisible({ timeout: 30_000 })
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
      test.setTimeout(120_000)
      const fees = await quotedFees()
      await logIn(page)
      const { catalog } = await demoOutlet(0)
      expect(catalog.size).toBeGreaterThan(5)
      // Every row's "Jumlah karton" field fits the screen's width once scrolled to.
      // The grid lists what the outlet has a price for: every row's "Jumlah karton"
      // field lies within the screen's width (read in one pass: a loaded machine is slow).
      const skus = [...catalog.values()].filter((v) => typeof v.price === "number").map((v) => v.sku)
      await expect(page.getByLabel(`Jumlah karton ${skus[0]}`, { exact: true })).toBeVisible()
      const boxes = await page.evaluate(
        (labels) =>
          labels.map((sku) => {
            const field = document.querySelector(`input[aria-label="Jumlah karton ${sku}"]`)
            const rect = field?.getBoundingClientRect()
            return { sku, left: rect?.left ?? -1, right: rect?.right ?? Infinity, width: rect?.width ?? 0 }
          }),
        skus
      )
      for (const box of boxes) {
        expect(box.width, box.sku).toBeGreaterThan(0)
        expect(box.left, box.sku).toBeGreaterThanOrEqual(0)
        expect(box.right, box.sku).toBeLessThanOrEqual(viewport.width)
      }
      const last = page.getByLabel(`Jumlah karton ${skus[skus.length - 1]}`, { exact: true })
      await last.scrollIntoViewIfNeeded()
      await expect(last).toBeInViewport({ ratio: 1 })
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
