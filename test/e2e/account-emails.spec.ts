import { expect, test, type Page } from "@playwright/test"
import { unique } from "../http/helpers/actors"
import { checkoutCart, completeCart, seededVariant, setAvailable } from "../http/helpers/checkout"
import { registerCustomer } from "../http/helpers/customers"
import { waitForEmails } from "../http/helpers/outbox"

// The journeys that run through the outbox (issue 15 items 7 and 8), on a phone and a desktop.
const SCREENS = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
]

/** The first link in an outbox email, as a storefront path and query. */
async function linkIn(to: string, template: string, count = 1): Promise<string> {
  const mails = await waitForEmails(to, template, count)
  const url = new URL(mails[count - 1]?.text.match(/https?:\/\/\S+/)?.[0] ?? "http://x/missing")
  return url.pathname + url.search
}

async function guestOrder(email: string): Promise<number> {
  const variant = await seededVariant(12)
  await setAvailable(variant, 5)
  const done = await completeCart(await checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }]))
  expect(done.body.type).toBe("order")
  return done.body.order.display_id
}

const status = (page: Page) => page.getByRole("main").getByRole("status")

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name}`, () => {
    test.use({ viewport: screen.viewport })

    test("a password reset asked for on /en comes in English and opens the English reset page", async ({ page }) => {
      const customer = await registerCustomer(`${unique("reset-en")}@contoh.id`)
      await page.goto("/en/account/forgot-password")
      await page.getByLabel("Email").fill(customer.email)
      await page.getByRole("button", { name: "Send link" }).click()
      await expect(status(page)).toContainText("If that email is registered")

      const [mail] = await waitForEmails(customer.email, "password-reset")
      expect(mail?.subject).toBe("Reset your password – Karya Binaan")
      const link = await linkIn(customer.email, "password-reset")
      expect(link).toMatch(/^\/en\/account\/reset-password\?/)
      await page.goto(link)
      await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible()
      await page.getByLabel("New password", { exact: true }).fill("new-password-123")
      await page.getByLabel("Repeat the new password").fill("new-password-123")
      await page.getByRole("button", { name: "Save new password" }).click()
      await expect(page).toHaveURL(/\/en\/account\/login\?reset=1$/)
      await page.getByLabel("Email").fill(customer.email)
      await page.getByLabel("Password").fill("new-password-123")
      await page.getByRole("button", { name: "Log in" }).click()
      await expect(page).toHaveURL(/\/en\/account$/)
    })

    test("registering after a guest order offers to attach it; the emailed link attaches it and keeps its address", async ({ page }) => {
      // Three round trips through the outbox (registration, transfer) and an order: longer than the default minute on a shared machine.
      test.setTimeout(180_000)
      const email = `${unique("tamu-daftar")}@contoh.id`
      const number = await guestOrder(email)

      await page.goto("/akun/daftar")
      await page.getByLabel("Nama depan").fill("Wulan")
      await page.getByLabel("Email").fill(email)
      await page.getByRole("button", { name: "Daftar" }).click()
      await expect(status(page)).toContainText(`Periksa email Anda (${email})`)
      await page.goto(await linkIn(email, "registration-confirm"))
      await page.getByLabel("Kata sandi").fill("kata-sandi-uji")
      await page.getByRole("button", { name: "Selesaikan pendaftaran" }).click()
      await expect(page).toHaveURL(/\/akun$/)

      const offer = page.getByRole("region", { name: "Pesanan tanpa akun dengan email ini" })
      await expect(offer).toContainText(`Ada 1 pesanan yang dibuat tanpa akun dengan email ${email}`)
      await offer.getByRole("button", { name: "Tautkan pesanan" }).click()
      await expect(status(page)).toContainText(`Kami mengirim tautan konfirmasi ke ${email}`)

      const link = await linkIn(email, "order-transfer-request")
      expect(link).toMatch(/^\/akun\/pesanan\/tautkan\?/)
      await page.goto(link)
      await page.getByRole("button", { name: "Tautkan pesanan" }).click()
      await expect(status(page)).toContainText(`Pesanan #${number} sudah ditautkan ke akun.`)
      await expect(status(page)).toContainText("Alamat pengirimannya juga kami simpan")
      await page.getByRole("link", { name: "Lihat pesanan saya" }).click()
      await expect(page.getByText(`Pesanan #${number}`).first()).toBeVisible()
      await expect(page.getByRole("region", { name: "Pesanan tanpa akun dengan email ini" })).toHaveCount(0)

      await page.goto("/akun/alamat")
      await expect(page.getByText("Jl. Kapten Robani Kadir", { exact: false }).first()).toBeVisible()
    })
  })
}
