import { expect, test, type Page } from "@playwright/test"
import { formatRupiah } from "../../backend/src/lib/rupiah"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { COHORTS } from "../../backend/src/scripts/seed-data/cohorts"
import { unique } from "../http/helpers/actors"
import { api } from "../http/helpers/api"
import { DEMO_COORDINATORS } from "../http/helpers/coordinators"
import { placeOrder, registerCustomer, variantOf } from "../http/helpers/customers"
import { capture } from "../http/helpers/revenue-share"
import { loginToPortal } from "./portal"

// A shopper thanks the makers from the account order page, the cohort's
// coordinator approves it in the portal, and it shows on the cohort's page:
// once in Indonesian on a desktop, once in English on a 390 px phone; the
// cohort page's own figures count the note and the paid sale.
// Products by catalog position no other browser suite buys (outlet-english
// restocks Tempat Tisu, index 15, to exactly what it orders).

const PASSWORD = "kata-sandi-uji"

/** A full-page screenshot when WALK_SHOTS names a folder (a person's walk-through); nothing otherwise. */
async function shot(page: Page, name: string) {
  if (process.env.WALK_SHOTS) await page.screenshot({ path: `${process.env.WALK_SHOTS}/notes-${name}-${page.viewportSize()?.width}.png`, fullPage: true })
}

const WORDS = {
  id: {
    orderPage: (id: string) => `/akun/pesanan/${id}`,
    email: "Email",
    password: "Kata sandi",
    logIn: "Masuk",
    firstName: "Nama depan (opsional)",
    forCohort: "Untuk kelompok:",
    message: "Pesan",
    send: "Kirim ucapan",
    phoneRefused: "Pesan memuat nomor telepon",
    sent: "Terima kasih! Ucapan Anda terkirim",
    notesPage: "/koordinator/pesan",
    approve: "Setujui",
    approved: "Ucapan disetujui",
    cohortPage: (handle: string) => `/kohort/${handle}`,
    notesTitle: "Ucapan dari pembeli",
  },
  en: {
    orderPage: (id: string) => `/en/account/orders/${id}`,
    email: "Email",
    password: "Password",
    logIn: "Log in",
    firstName: "First name (optional)",
    forCohort: "To the group:",
    message: "Message",
    send: "Send thank-you",
    phoneRefused: "Your note contains a phone number",
    sent: "Thank you! Your note was sent",
    notesPage: "/en/coordinator/notes",
    approve: "Approve",
    approved: "Note approved",
    cohortPage: (handle: string) => `/en/cohorts/${handle}`,
    notesTitle: "Notes from buyers",
  },
} as const

for (const [locale, productIndex, width] of [
  ["id", 2, 1280],
  ["en", 14, 390],
] as const) {
  test(`a shopper's thank-you is approved by the coordinator and shows on the cohort page (${locale}, ${width} px)`, async ({ page }) => {
    const w = WORDS[locale]
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 })
    const product = PRODUCTS[productIndex]
    const coordinator = DEMO_COORDINATORS.find((c) => c.cohortHandle === product.cohort)!
    const firstName = locale === "id" ? "Sari" : "Maya"
    const message = `${locale === "id" ? "Terima kasih, enak sekali!" : "Thank you, delicious!"} ${unique("catatan")}`
    const customer = await registerCustomer(`${unique("ucapan")}@contoh.id`, PASSWORD, firstName)
    const order = await placeOrder(customer.email, await variantOf(productIndex), customer.token)
    // Paid, so the cohort's figures hold the sale (and its page shows them).
    await capture(order.id)

    // The shopper: log in, open the order, meet the refusal of a phone number, then send.
    await page.goto(w.orderPage(order.id))
    await page.getByLabel(w.email).fill(customer.email)
    await page.getByLabel(w.password).fill(PASSWORD)
    await page.getByRole("button", { name: w.logIn }).click()
    await expect(page).toHaveURL(new RegExp(`${w.orderPage(order.id)}$`))
    const form = page.getByTestId("thank-you-note-form")
    await form.scrollIntoViewIfNeeded()
    // The order's only cohort is named in the form, in the page's language.
    const cohort = COHORTS.find((c) => c.handle === product.cohort)!
    await expect(form).toContainText(`${w.forCohort} ${locale === "en" ? cohort.en.name : cohort.name}`)
    await form.getByLabel(w.firstName).fill(firstName)
    await form.getByLabel(w.message, { exact: true }).fill(`${message} WA 0812-3456-7890`)
    await form.getByRole("button", { name: w.send }).click()
    await expect(form.getByRole("alert")).toContainText(w.phoneRefused)
    await shot(page, `${locale}-refused`)
    await page.getByTestId("thank-you-note-form").getByLabel(w.message, { exact: true }).fill(message)
    await page.getByTestId("thank-you-note-form").getByRole("button", { name: w.send }).click()
    await expect(page.getByRole("status").filter({ hasText: w.sent })).toBeVisible()
    await shot(page, `${locale}-sent`)

    // The coordinator: the pending note, first name only, approved.
    await loginToPortal(page, w.notesPage, coordinator.email, coordinator.password)
    const row = page.getByTestId("coordinator-notes").getByRole("listitem").filter({ hasText: message })
    await expect(row).toContainText(firstName)
    await expect(row).not.toContainText(customer.email)
    await shot(page, `${locale}-moderation`)
    await row.getByRole("button", { name: w.approve }).click()
    await expect(page.getByRole("status").filter({ hasText: w.approved })).toBeVisible()

    // The public cohort page, refreshed by the approval.
    await expect(async () => {
      await page.goto(w.cohortPage(product.cohort))
      await expect(page.getByTestId("cohort-notes")).toContainText(message, { timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    const notes = page.getByTestId("cohort-notes")
    await expect(notes.getByRole("heading", { name: w.notesTitle })).toBeVisible()
    await expect(notes.getByRole("listitem").filter({ hasText: message })).toContainText(firstName)
    await expect(notes).not.toContainText(customer.email)
    await notes.scrollIntoViewIfNeeded()
    await shot(page, `${locale}-cohort`)

    // The cohort's own figures, as the store API gives them: the approved note counted, the sale in its sales.
    await expect(async () => {
      const { body } = await api(`/store/impact?cohort_handle=${product.cohort}`)
      const h = body.impact.headline
      expect(h.notes_approved).toBeGreaterThanOrEqual(1)
      expect(h.sales_total).toBeGreaterThan(0)
      await page.goto(w.cohortPage(product.cohort))
      const figures = page.getByTestId("cohort-impact")
      await expect(figures.getByTestId("figure-notes").locator("dd").first()).toHaveText(String(h.notes_approved), { timeout: 1_000 })
      await expect(figures.getByTestId("figure-sales").locator("dd").first()).toHaveText(formatRupiah(h.sales_total), { timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
  })
}
