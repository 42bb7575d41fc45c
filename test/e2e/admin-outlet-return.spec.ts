import { expect, test, type Page } from "@playwright/test"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { env } from "../http/helpers/env"
import { coordinatorOf } from "../http/helpers/coordinators"
import { loginToAdmin } from "./admin"

// The operator gives a placement's unsold units back to the cohort from
// Medusa Admin (Outlet mitra → Barang titipan → "Kembalikan n ke kohort"):
// they leave the placement and the outlet's stock location and go back into
// their batch. Laundry baskets at Sungai Gerong: no seeded consignment and no
// other suite uses them, so the batch's rows on the page are this test's own.

const OUTLET = OUTLETS[1]!

type Row = { placement_id: string; batch_code: string; placed: number; sold: number; returned: number; open: number }
type Batch = { id: string; batch_code: string; remaining_quantity: number; sku: string }

/** Places `quantity` units of a batch of `sku` at the outlet through the admin API. */
async function placeAtOutlet(sku: string, quantity: number) {
  const token = await operatorToken()
  const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))!
  const coordinator = await coordinatorOf(product.cohort)
  const batches = (await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })).body.batches as Batch[]
  const batch = batches.find((b) => b.sku === sku && b.remaining_quantity >= quantity)
  if (!batch) throw new Error(`No batch of ${sku} holds ${quantity} units`)
  const outlet = (await api("/admin/outlets", { token })).body.outlets.find((o: { handle: string }) => o.handle === OUTLET.handle)
  const placed = await api(`/admin/outlets/${outlet.id}/consignments`, { token, body: { batch_id: batch.id, quantity } })
  expect(placed.status, JSON.stringify(placed.body)).toBe(201)
  const placementId = placed.body.placement.id as string

  const stocks = async () => {
    const rows = (await api(`/admin/outlets/${outlet.id}/consignments`, { token })).body.consignments as Row[]
    const remaining = (await api(`/coordinator/batches/${batch.id}`, { token: coordinator.token })).body.batch.remaining_quantity as number
    return { placement: rows.find((r) => r.placement_id === placementId)!, remaining, atOutlet: await stockAtOutlet(token, sku) }
  }
  return { token, batch, placementId, stocks }
}

/** Units of the SKU at the outlet's consignment stock location (Medusa's inventory). */
async function stockAtOutlet(token: string, sku: string): Promise<number> {
  const locations = (await api("/admin/stock-locations?fields=id,name&limit=100", { token })).body.stock_locations as { id: string; name: string }[]
  const location = locations.find((l) => l.name === `Konsinyasi ${OUTLET.name}`)!
  const items = await api(`/admin/inventory-items?sku=${sku}&fields=id,location_levels.location_id,location_levels.stocked_quantity`, { token })
  const level = items.body.inventory_items[0].location_levels.find((l: { location_id: string }) => l.location_id === location.id)
  return Number(level?.stocked_quantity ?? 0)
}

/** The outlet page, open at the placement's row (its batch code is on no other row). */
async function openOutletRow(page: Page, batchCode: string) {
  await loginToAdmin(page)
  await page.goto(`${env.backendUrl}/app/outlets`)
  const row = page.getByRole("row").filter({ hasText: batchCode })
  await expect(row).toBeVisible({ timeout: 30_000 })
  return row
}

test("the operator returns a placement's unsold units to the cohort in Medusa Admin: off the outlet, back in the batch", async ({ page }) => {
  const { batch, stocks } = await placeAtOutlet("KB-ECG-KRC-M", 3)
  const before = await stocks()
  expect(before.placement).toMatchObject({ placed: 3, sold: 0, returned: 0, open: 3 })

  const row = await openOutletRow(page, batch.batch_code)
  await row.getByRole("button", { name: "Kembalikan 3 ke kohort" }).click()
  // The table reloads: 3 returned, none left, no button.
  await expect(row.getByRole("cell").nth(4)).toHaveText("3", { timeout: 30_000 })
  await expect(row.getByRole("cell").nth(5)).toHaveText("0")
  await expect(row.getByRole("button")).toHaveCount(0)

  const after = await stocks()
  expect(after.placement).toMatchObject({ placed: 3, sold: 0, returned: 3, open: 0 })
  expect(after.remaining).toBe(before.remaining + 3)
  expect(after.atOutlet).toBe(before.atOutlet - 3)
})

test("the page shows the refusal when the units it offers to return are no longer all there", async ({ page }) => {
  const { token, batch, placementId, stocks } = await placeAtOutlet("KB-ECG-KRC-L", 4)
  const row = await openOutletRow(page, batch.batch_code)
  const button = row.getByRole("button", { name: "Kembalikan 4 ke kohort" })
  await expect(button).toBeVisible()

  // Meanwhile one unit goes back another way: the page still offers all four.
  const one = await api(`/admin/consignments/${placementId}/return`, { token, body: { quantity: 1 } })
  expect(one.status, JSON.stringify(one.body)).toBe(200)
  const before = await stocks()

  await button.click()
  await expect(page.getByRole("alert").filter({ hasText: "Yang belum terjual di outlet tinggal 3 unit" })).toBeVisible({ timeout: 30_000 })
  const after = await stocks()
  expect(after).toEqual(before)
  expect(after.placement).toMatchObject({ placed: 4, returned: 1, open: 3 })

  // Reloaded, the page offers what is left, and that goes back.
  await page.reload()
  await row.getByRole("button", { name: "Kembalikan 3 ke kohort" }).click()
  await expect(row.getByRole("button")).toHaveCount(0, { timeout: 30_000 })
  expect((await stocks()).placement).toMatchObject({ returned: 4, open: 0 })
})

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test("the outlet page fits the screen: each batch is a card with its counts and a return button that works (English)", async ({ page }) => {
    const { batch, stocks } = await placeAtOutlet("KB-ECG-KTK-S", 2)
    const before = await stocks()
    await loginToAdmin(page, "en")
    await page.goto(`${env.backendUrl}/app/outlets`)

    const card = page.getByRole("listitem").filter({ hasText: batch.batch_code })
    await expect(card).toBeVisible({ timeout: 30_000 })
    // No table to scroll sideways: the counts read as label and figure, the button is on the screen.
    await expect(page.getByRole("table").filter({ hasText: batch.batch_code })).toHaveCount(0)
    for (const [label, figure] of [["Placed", "2"], ["Sold", "0"], ["Returned", "0"], ["Remaining", "2"]]) {
      await expect(card.locator(`dt:text-is("${label}") + dd`)).toHaveText(figure)
    }
    const button = card.getByRole("button", { name: "Return 2 units to the cohort" })
    const withinScreen = async (box: { x: number; width: number } | null) => {
      expect(box).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    }
    await withinScreen(await card.boundingBox())
    await withinScreen(await button.boundingBox())
    // The outlet's details start on the screen too (they were cut on the left when the table pushed the page wide).
    const outletHeading = page.getByRole("heading", { level: 2, name: OUTLET.name })
    await withinScreen(await outletHeading.boundingBox())
    await withinScreen(await page.getByText("Terms / minimum").first().boundingBox())
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    await button.click()
    await expect(card.locator('dt:text-is("Returned") + dd')).toHaveText("2", { timeout: 30_000 })
    await expect(card.getByRole("button")).toHaveCount(0)
    const after = await stocks()
    expect(after.placement).toMatchObject({ placed: 2, returned: 2, open: 0 })
    expect(after.remaining).toBe(before.remaining + 2)
  })
})
