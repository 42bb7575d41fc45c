import { expect, test, type Page } from "@playwright/test"
import { formatRupiah } from "../../backend/src/lib/rupiah"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { COHORTS } from "../../backend/src/scripts/seed-data/cohorts"
import { DEMO_LOGINS } from "../../backend/src/scripts/seed-data/demo-logins"
import { OUTLETS } from "../../backend/src/scripts/seed-data/outlets"
import { operatorToken } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { coordinatorOf } from "../http/helpers/coordinators"
import { demoOutlet } from "../http/helpers/outlets"
import { restock } from "../http/helpers/production"
import { onlyIn, readMessages, wordsIn } from "./language-scan"

// The English outlet portal (/en/outlet/…), every step a buyer takes: log in,
// quick-order in cartons (refused first under the minimum, for a broken carton
// and for more than is in stock), the order, the invoice, history, reorder, and a consignment report
// (refused first for more units than consigned). Each page: English only, no
// Indonesian portal text, no message key in place of a text, lang="en".
// Products bought or consigned here are counted by no other suite.
const outlet = OUTLETS[0]
const buyer = DEMO_LOGINS.find((l) => l.role === "outlet buyer" && l.outletHandle === outlet.handle)!
const ORDER = { "KB-PSG-KRP-ORI-200": 1, "KB-ECG-KPS-CKT": 1, "KB-TMW-TTS-BRU": 2 } as const
const CONSIGNED = PRODUCTS.find((p) => p.handle === "tempat-tisu-eceng-gondok")!
const CONSIGNED_SKU = CONSIGNED.variants[0].sku
const PLACED = 3
/** A product's English name, as the seed gives it to the Translation module. */
const englishTitle = (sku: string) => PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))!.en.title
const cohortNames = (sku: string) => COHORTS.find((c) => c.handle === PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))!.cohort)!

const file = (locale: string) => readMessages(`storefront/messages/${locale}/outlet.json`)
const INDONESIAN = onlyIn(file("id"), file("en"))

async function expectEnglish(page: Page, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const text = await page.locator("body").innerText()
  expect(wordsIn(text, INDONESIAN), "Indonesian interface text on an English page").toEqual([])
  // next-intl shows "Namespace.key" for a missing message.
  expect(text.match(/\b(Outlet|Coordinator|Common|Layout)[A-Za-z]*\.[a-z][\w.]*/g), "missing message keys").toBeNull()
}

/** Dates as the English site writes them (next-intl's formatter, Palembang's time zone). */
const englishDate = (iso: string, dateStyle: "long" | "medium") => new Intl.DateTimeFormat("en", { dateStyle, timeZone: "Asia/Jakarta" }).format(new Date(iso))

test("an outlet buyer orders, opens the invoice, reorders and reports consigned sales, all in English", async ({ page }) => {
  test.setTimeout(240_000)
  expect(INDONESIAN.length).toBeGreaterThan(60)
  const plaju = await demoOutlet(0)
  const row = (sku: string) => plaju.catalog.get(sku)!
  for (const [sku, cartons] of Object.entries(ORDER)) await restock(sku, cartons * row(sku).case_pack_units)

  // Consigned stock of its own: tissue boxes placed at the outlet by their cohort's coordinator.
  const coordinator = await coordinatorOf(CONSIGNED.cohort)
  const batches = await api(`/coordinator/batches?cohort_id=${coordinator.cohortId}&limit=200`, { token: coordinator.token })
  const batch = batches.body.batches.find((b: { sku: string; remaining_quantity: number }) => b.sku === CONSIGNED_SKU && b.remaining_quantity >= PLACED)
  const placed = await api("/coordinator/consignments", { token: coordinator.token, body: { outlet_id: plaju.id, batch_id: batch.id, quantity: PLACED } })
  expect(placed.status, JSON.stringify(placed.body)).toBe(201)

  // Logging in comes back to the English page asked for.
  await page.goto("/en/outlet")
  await expect(page).toHaveURL(/\/en\/outlet\/login\?next=%2Fen%2Foutlet$/)
  await expectEnglish(page, "Log in as an outlet buyer")
  await page.getByLabel("Email").fill(buyer.email)
  await page.getByLabel("Password").fill(buyer.password)
  await page.getByRole("button", { name: "Log in" }).click()
  await expect(page).toHaveURL(/\/en\/outlet$/)
  await expectEnglish(page, "Order stock")
  await expect(page.getByRole("main")).toContainText(`minimum order ${formatRupiah(outlet.minimum_order_value)}`)
  // Products by their English names, as the rest of the English shop shows them.
  for (const sku of Object.keys(ORDER)) await expect(page.locator(`tr[data-sku="${sku}"]`)).toContainText(englishTitle(sku))

  // Under the minimum: the server refuses, in English, with what is missing.
  const pencil = row("KB-ECG-KPS-CKT")
  await page.getByLabel("Cartons of KB-ECG-KPS-CKT").fill("1")
  await page.getByLabel("PO (purchase order) number").fill("PO-EN-SHORT")
  await page.getByRole("button", { name: "Send order" }).click()
  const short = outlet.minimum_order_value - pencil.price * pencil.case_pack_units
  await expect(page.getByTestId("order-refusal")).toHaveText(`The minimum order is ${formatRupiah(outlet.minimum_order_value)}: add ${formatRupiah(short)} more.`)
  await expectEnglish(page, "Order stock")

  // A carton broken on the way (a page older than the outlet's carton size): the server refuses that too.
  const chips = row("KB-PSG-KRP-ORI-200")
  await page.getByLabel("Cartons of KB-PSG-KRP-ORI-200").fill("1")
  await page.locator(`input[name="units.${chips.id}"]`).evaluate((input: HTMLInputElement, units) => (input.value = units), String(chips.case_pack_units - 1))
  await page.getByRole("button", { name: "Send order" }).click()
  await expect(page.getByTestId("order-refusal")).toHaveText(`${englishTitle(chips.sku)} comes in cartons of ${chips.case_pack_units}: order whole cartons.`)
  await expectEnglish(page, "Order stock")

  // More units than one order takes: the page says so before the server is asked.
  await page.getByLabel("Cartons of KB-PSG-KRP-ORI-200").fill("1000")
  await page.getByRole("button", { name: "Send order" }).click()
  await expect(page.locator(`tr[data-sku="${chips.sku}"]`)).toContainText("Too many for one order: at most 10,000 units per product.")
  await expectEnglish(page, "Order stock")

  // More cartons than the cohorts have (120 in the seed): Medusa's own cart path refuses, worded for the buyer too.
  await page.getByLabel("Cartons of KB-PSG-KRP-ORI-200").fill("10")
  await page.getByRole("button", { name: "Send order" }).click()
  await expect(page.getByTestId("order-refusal")).toHaveText("There is not enough stock of one of the products: order fewer cartons.", { timeout: 45_000 })
  await expectEnglish(page, "Order stock")

  // The order: three products in cartons, a PO number, delivered to the outlet
  // (the refused attempts' cartons are back in the grid: the same SKUs, refilled).
  const po = `PO-EN-${Date.now().toString(36).toUpperCase()}`
  for (const [sku, cartons] of Object.entries(ORDER)) await page.getByLabel(`Cartons of ${sku}`).fill(String(cartons))
  await page.getByLabel("PO (purchase order) number").fill(po)
  await page.getByLabel("Deliver to the outlet's address").check()
  const goods = Object.entries(ORDER).reduce((sum, [sku, cartons]) => sum + cartons * row(sku).case_pack_units * row(sku).price, 0)
  await expect(page.getByTestId("order-estimate")).toHaveText(formatRupiah(goods))
  await page.getByRole("button", { name: "Send order" }).click()
  // Placing the order runs the whole cart path on the server: allow it time on a busy machine.
  await expect(page).toHaveURL(/\/en\/outlet\/orders\/order_[A-Z0-9]+\?placed=1$/, { timeout: 45_000 })
  const orderId = page.url().match(/(order_[A-Z0-9]+)/)![1]
  const { body } = await api(`/admin/orders/${orderId}?fields=display_id,total,item_total,created_at,metadata`, { token: await operatorToken() })
  const order = body.order as { display_id: number; total: number; item_total: number; created_at: string; metadata: Record<string, string> }
  expect(order.metadata.po_number).toBe(po)
  expect(order.item_total).toBe(goods)
  await expectEnglish(page, `Order #${order.display_id}`)
  await expect(page.getByText("Order sent. You can print the invoice below.")).toBeVisible()
  const main = page.getByRole("main")
  for (const text of [po, ...Object.keys(ORDER), ...Object.keys(ORDER).map(englishTitle), formatRupiah(goods), formatRupiah(order.total), "Awaiting payment", "Delivered to the outlet", englishDate(order.metadata.invoice_due_date, "long")]) {
    await expect(main).toContainText(text)
  }

  // The printable invoice: English, whole rupiah, due date, PO number, the outlet's details.
  await page.getByRole("link", { name: "Print invoice" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/outlet/orders/${orderId}/invoice$`))
  await expectEnglish(page, "Invoice")
  const invoice = page.getByRole("article")
  await expect(page.getByTestId("invoice-po")).toHaveText(po)
  await expect(page.getByTestId("invoice-due")).toHaveText(englishDate(order.metadata.invoice_due_date, "long"))
  await expect(page.getByTestId("invoice-total")).toHaveText(formatRupiah(order.total))
  for (const text of [outlet.name, outlet.address_1, outlet.contact_name, "14 days", "Account no.", englishDate(order.created_at, "long")]) await expect(invoice).toContainText(text)
  await page.emulateMedia({ media: "print" })
  await expect(page.getByRole("banner")).toBeHidden()
  await expect(page.getByRole("button", { name: "Print invoice" })).toBeHidden()
  await page.emulateMedia({ media: "screen" })
  await page.getByRole("link", { name: "Back to the order" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/outlet/orders/${orderId}$`))

  // A thank-you to the makers, signed as the outlet (no first name asked); it waits for their coordinator.
  const noteForm = page.getByTestId("thank-you-note-form")
  await expect(noteForm.getByLabel("First name")).toHaveCount(0)
  // The makers' groups are named in English, as everywhere on the English site.
  for (const sku of Object.keys(ORDER)) {
    await expect(page.locator("#ucapan")).toContainText(cohortNames(sku).en.name)
    await expect(page.locator("#ucapan")).not.toContainText(cohortNames(sku).name)
  }
  const thanks = `Our canteen guests love what you make ${Date.now().toString(36)}`
  await noteForm.getByLabel("Message", { exact: true }).fill(thanks)
  await noteForm.getByRole("button", { name: "Send thank-you" }).click()
  await expect(page.getByText("Thank you! Your note was sent and will appear once the group's coordinator approves it.")).toBeVisible()
  await page.reload()
  await expect(page.locator("#ucapan")).toContainText(`“${thanks}”`)
  await expect(page.locator("#ucapan")).toContainText("awaiting approval")
  const notes = await api(`/outlet/orders/${orderId}/notes`, { token: plaju.token })
  expect(notes.body.cohorts.map((c: { note?: { message: string; status: string } }) => c.note)).toContainEqual(expect.objectContaining({ message: thanks, status: "pending" }))

  // Order history, then the order again from it.
  const nav = page.getByRole("navigation", { name: "Outlet portal menu" })
  await nav.getByRole("link", { name: "Order history" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/orders$/)
  await expectEnglish(page, "Order history")
  const line = page.getByRole("row").filter({ hasText: po })
  await expect(line).toContainText(`#${order.display_id}`)
  await expect(line).toContainText(englishDate(order.created_at, "medium"))
  await expect(line).toContainText(formatRupiah(order.total))
  await expect(line).toContainText("Awaiting payment")
  await line.getByRole("link", { name: "View" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/outlet/orders/${orderId}$`))
  await page.getByRole("link", { name: "Order again" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/outlet\\?reorder=${orderId}$`))
  await expectEnglish(page, "Order stock")
  await expect(page.getByText(`Filled in from order #${order.display_id}.`)).toBeVisible()
  for (const [sku, cartons] of Object.entries(ORDER)) await expect(page.getByLabel(`Cartons of ${sku}`)).toHaveValue(String(cartons))

  // Consigned goods: the stock, a report for more than is there (refused), then one that sells.
  await nav.getByRole("link", { name: "Consigned goods" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/consignment$/)
  await expectEnglish(page, "Consigned goods")
  await expect(page.getByRole("table").first()).toContainText(CONSIGNED_SKU)
  await expect(page.getByRole("table").first()).toContainText(CONSIGNED.en.title)
  const open = Number(await page.getByRole("row").filter({ has: page.getByLabel(`Sold ${CONSIGNED_SKU}`) }).getByRole("cell").nth(2).innerText())
  expect(open).toBeGreaterThanOrEqual(PLACED)
  // A day of 2025 no other run used: reports are one per outlet and period.
  const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(Math.random() * 365))).toISOString().slice(0, 10)
  await page.getByLabel("Period start").fill(day)
  await page.getByLabel("Period end").fill(day)
  await page.getByLabel(`Sold ${CONSIGNED_SKU}`).fill(String(open + 5))
  await page.getByRole("button", { name: "Send report" }).click()
  await expect(page.getByTestId("report-refusal")).toHaveText(`Only ${open} left of ${CONSIGNED_SKU} at the outlet, not ${open + 5}: report at most ${open}.`)
  await expectEnglish(page, "Consigned goods")

  await page.getByLabel(`Sold ${CONSIGNED_SKU}`).fill("2")
  await page.getByRole("button", { name: "Send report" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/consignment\?reported=1$/, { timeout: 45_000 })
  await expectEnglish(page, "Consigned goods")
  await expect(page.getByText("Report sent and the sale recorded.")).toBeVisible()
  const report = page.getByRole("listitem").filter({ hasText: `${englishDate(day, "medium")} – ${englishDate(day, "medium")}: 2 units sold` })
  await expect(report).toBeVisible()
  await report.getByRole("link", { name: "View the sale" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/orders\/order_[A-Z0-9]+$/)
  await expectEnglish(page, /^Order #\d+$/)
  await expect(page.getByRole("main")).toContainText(CONSIGNED_SKU)
  await expect(page.getByRole("main")).toContainText(CONSIGNED.en.title)
  await expect(page.getByRole("main")).toContainText("Consignment sale, period")
  await expect(page.getByRole("main")).toContainText("Paid")

  // Logging out lands on the English login page.
  await page.getByRole("button", { name: "Log out" }).click()
  await expect(page).toHaveURL(/\/en\/outlet\/login\?loggedOut=1$/)
  await expectEnglish(page, "Log in as an outlet buyer")
  await expect(page.getByText("You have logged out of the outlet portal.")).toBeVisible()
})
