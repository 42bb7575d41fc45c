import { expect, test } from "@playwright/test"
import { seededVariant, setAvailable } from "../http/helpers/checkout"
import { env } from "../http/helpers/env"
import { allocated, orderPayment, placeBankTransferOrder, waitForShares } from "../http/helpers/revenue-share"
import { loginToAdmin } from "./admin"

// A bank-transfer order in Medusa Admin: our panel says plainly that the money
// has not arrived (Medusa's own badge says "Diotorisasi"/"Authorized"); the
// operator captures it with Medusa's own button, and without a reload the
// panel says paid and "Bagi hasil" shows the shares once the subscriber wrote
// them. Amounts read "Rp 35.000" in both Admin languages. Product 18 (topi
// eceng gondok) is used by no other suite.

const WORDS = {
  id: {
    awaiting: "Menunggu transfer: belum dibayar",
    paid: "Lunas: transfer diterima",
    notYet: "Belum dibagi",
    shares: "Bagi hasil",
    capture: "Ambil pembayaran",
    confirm: "Konfirmasi",
  },
  en: {
    awaiting: "Awaiting transfer: not paid",
    paid: "Paid: transfer received",
    notYet: "Not shared yet",
    shares: "Revenue shares",
    capture: "Capture payment",
    confirm: "Confirm",
  },
} as const

// Our formatter's "Rp 35.000" (plain space, dots), whatever the Admin language.
const rupiah = (n: number) => `Rp ${n.toLocaleString("de-DE")}`

for (const language of ["id", "en"] as const) {
  test(`${language}: awaiting transfer until captured, then paid and shared without a reload`, async ({ page }) => {
    // The Admin's first load, a capture and the allocation: more than the default minute on a shared machine.
    test.setTimeout(240_000)
    const words = WORDS[language]
    const variant = await seededVariant(18)
    await setAvailable(variant, 5)
    const order = await placeBankTransferOrder([{ variantId: variant.variantId, quantity: 1 }])
    const amount = (await orderPayment(order.id)).amount

    await loginToAdmin(page, language)
    await page.goto(`${env.backendUrl}/app/orders/${order.id}`)
    const state = page.getByTestId("order-payment-state")
    await expect(state).toContainText(words.awaiting, { timeout: 90_000 })
    await expect(state).toContainText(rupiah(amount))
    const shares = page.getByTestId("order-revenue-shares")
    await expect(shares.getByRole("heading", { name: words.shares })).toBeVisible({ timeout: 30_000 })
    await expect(shares).toContainText(words.notYet, { timeout: 30_000 })

    // A reload would lose this mark: the refresh must come by itself.
    await page.evaluate(() => ((window as any).__sameDocument = true))
    await page.getByRole("button", { name: words.capture, exact: true }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: words.confirm }).click()

    await expect(state).toContainText(words.paid, { timeout: 30_000 })
    const ledger = await waitForShares(order.id, allocated)
    const participant = ledger.lines[0]!.entries.find((e) => e.bucket === "participants")!
    await expect(shares).toContainText(participant.party_label, { timeout: 30_000 })
    await expect(shares).not.toContainText(words.notYet)
    await expect(shares).toContainText(rupiah(participant.amount))
    await expect(shares).not.toContainText(/IDR|Rp\s?\d{1,3},\d{3}/)
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true)
  })
}
