import { describe, expect, it } from "vitest"
import { DEMO_BANK_TRANSFER } from "../../../backend/src/scripts/seed-data/bank-transfer"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, seededVariant, setAvailable } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customers"
import { waitForEmails } from "../helpers/outbox"

/** An order placed through the store API; `cart` holds what the storefront sends when it creates the cart. */
async function placeOrderIn(email: string, cart: Record<string, unknown>) {
  const variant = await seededVariant(11)
  await setAvailable(variant, 5)
  const cartId = await checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }], cart)
  const done = await completeCart(cartId)
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order as { id: string; display_id: number; total: number }
}

describe("emails go out in the language the shopper used", () => {
  it("confirms an order placed on the English storefront (cart locale en-US) in English", async () => {
    const email = `${unique("bahasa-en")}@pembeli.test`
    const order = await placeOrderIn(email, { locale: "en-US" })
    const [mail] = await waitForEmails(email, "order-confirmation")
    expect(mail, "no order confirmation in the outbox").toBeDefined()
    expect(mail.subject).toBe(`Order #${order.display_id} received – Karya Binaan`)
    expect(mail.text).toContain(`Order number: #${order.display_id}`)
    expect(mail.text).toContain("Payment: Bank transfer")
    expect(mail.text).toContain(`Account number: ${DEMO_BANK_TRANSFER.account_number}`)
    expect(mail.text).toContain(DEMO_BANK_TRANSFER.instructions.en)
    expect(mail.text).toContain("AWAITING PAYMENT")
    expect(mail.text).not.toMatch(/Pesanan|Pembayaran|Terima kasih/)
  })

  it("follows the language of the checkout when the cart was started in Indonesian", async () => {
    const email = `${unique("bahasa-ganti")}@pembeli.test`
    const variant = await seededVariant(11)
    await setAvailable(variant, 5)
    // What the storefront's contact step sends on /en/checkout for a cart made on the Indonesian site.
    const cartId = await checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }])
    const switched = await api(`/store/carts/${cartId}`, { body: { email, locale: "en-US" } })
    expect(switched.status).toBe(200)
    // The locale change refreshes the cart; the payment session is added again, as the storefront's later steps do.
    const collection = await api("/store/payment-collections", { body: { cart_id: cartId } })
    await api(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } })
    const done = await completeCart(cartId)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const [mail] = await waitForEmails(email, "order-confirmation")
    expect(mail?.subject).toBe(`Order #${done.body.order.display_id} received – Karya Binaan`)
  })

  it("keeps Indonesian for an order placed on the Indonesian storefront (no locale)", async () => {
    const email = `${unique("bahasa-id")}@pembeli.test`
    const order = await placeOrderIn(email, {})
    const [mail] = await waitForEmails(email, "order-confirmation")
    expect(mail?.subject).toBe(`Pesanan #${order.display_id} diterima – Karya Binaan`)
    expect(mail.text).toContain(DEMO_BANK_TRANSFER.instructions.id)
  })

  it("writes a reset requested on /en in English, linking to the English reset page", async () => {
    const email = `${unique("lupa-en")}@pembeli.test`
    await registerCustomer(email)
    const requested = await api("/auth/customer/emailpass/reset-password", { body: { identifier: email, metadata: { locale: "en" } } })
    expect(requested.status).toBe(201)
    const [mail] = await waitForEmails(email, "password-reset")
    expect(mail, "no password-reset email in the outbox").toBeDefined()
    expect(mail.subject).toBe("Reset your password – Karya Binaan")
    const link = mail.text.match(/https?:\/\/\S+/)?.[0]
    expect(link, mail.text).toBeDefined()
    const url = new URL(link!)
    expect(url.pathname).toBe("/en/account/reset-password")
    expect(url.searchParams.get("email")).toBe(email)
    // The link's token works on the English page as on the Indonesian one.
    const updated = await api("/auth/customer/emailpass/update", { token: url.searchParams.get("token")!, body: { email, password: "sandi-baru-456" } })
    expect(updated.status).toBe(200)
  })

  it("writes a reset requested on the Indonesian site in Indonesian", async () => {
    const email = `${unique("lupa-id")}@pembeli.test`
    await registerCustomer(email)
    await api("/auth/customer/emailpass/reset-password", { body: { identifier: email, metadata: { locale: "id" } } })
    const [mail] = await waitForEmails(email, "password-reset")
    expect(mail?.subject).toBe("Atur ulang kata sandi – Karya Binaan")
    expect(mail.text).toMatch(/\/akun\/atur-ulang-sandi\?token=/)
  })
})
