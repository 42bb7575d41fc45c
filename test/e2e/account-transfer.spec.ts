import { expect, test, type Page } from "@playwright/test"
import { DEMO_BANK_TRANSFER } from "../../backend/src/scripts/seed-data/bank-transfer"
import { unique } from "../http/helpers/actors"
import { seededVariant, setAvailable } from "../http/helpers/checkout"
import { placeOrder, registerCustomer } from "../http/helpers/customers"
import { capture, orderPayment } from "../http/helpers/revenue-share"

// An unpaid bank-transfer order in the account shows the confirmation page's
// transfer instructions (amount, account, reference), on a phone and on a
// desktop, in both languages; once the operator captured it, the same page
// says it is paid and drops them. Product 17 (tas tangan eceng gondok) is
// used by no other suite.

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

const LANGUAGES = {
  id: {
    prefix: "",
    orderPath: "/akun/pesanan",
    email: "Email",
    password: "Kata sandi",
    logIn: "Masuk",
    title: "Cara membayar dengan transfer bank",
    reference: (n: number) => `Tulis nomor pesanan #${n} di berita transfer`,
    instructions: DEMO_BANK_TRANSFER.instructions.id,
    awaiting: "Menunggu pembayaran",
    paid: "Lunas",
  },
  en: {
    prefix: "/en",
    orderPath: "/en/account/orders",
    email: "Email",
    password: "Password",
    logIn: "Log in",
    title: "How to pay by bank transfer",
    reference: (n: number) => `Write order number #${n} in the transfer note`,
    instructions: DEMO_BANK_TRANSFER.instructions.en,
    awaiting: "Awaiting payment",
    paid: "Paid",
  },
} as const

// "Rp 35.000" with the no-break space Intl writes, in both languages.
const rupiah = (n: number) => `Rp\u00a0${n.toLocaleString("de-DE")}`

async function noSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0)
}

for (const language of ["id", "en"] as const) {
  test(`${language}: the account's unpaid order says how to pay, then that it is paid`, async ({ page }) => {
    // Login, two viewports and a capture: more than the default minute on a shared machine.
    test.setTimeout(240_000)
    const words = LANGUAGES[language]
    const variant = await seededVariant(17)
    await setAvailable(variant, 5)
    const customer = await registerCustomer(`${unique(`transfer-${language}`)}@contoh.id`)
    const order = await placeOrder(customer.email, variant.variantId, customer.token)
    const amount = (await orderPayment(order.id)).amount

    await page.setViewportSize(language === "id" ? PHONE : DESKTOP)
    await page.goto(`${words.orderPath}/${order.id}`)
    await page.getByLabel(words.email).fill(customer.email)
    await page.getByLabel(words.password).fill(customer.password)
    await page.getByRole("button", { name: words.logIn }).click()
    await expect(page).toHaveURL(new RegExp(`${words.orderPath}/${order.id}$`), { timeout: 60_000 })

    for (const viewport of language === "id" ? [PHONE, DESKTOP] : [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport)
      const box = page.getByRole("region", { name: words.title })
      await expect(box).toBeVisible({ timeout: 30_000 })
      await expect(box).toContainText(rupiah(amount))
      await expect(box).toContainText(DEMO_BANK_TRANSFER.bank_name)
      await expect(box).toContainText(DEMO_BANK_TRANSFER.account_number)
      await expect(box).toContainText(DEMO_BANK_TRANSFER.account_holder)
      await expect(box).toContainText(words.reference(order.display_id))
      await expect(box).toContainText(words.instructions)
      await expect(page.getByRole("main")).toContainText(words.awaiting)
      await noSideways(page)
    }

    await capture(order.id)
    await page.reload()
    await expect(page.getByRole("region", { name: words.title })).toHaveCount(0)
    await expect(page.getByRole("main").getByText(words.paid, { exact: true }).first()).toBeVisible({ timeout: 30_000 })
    await noSideways(page)
  })
}
