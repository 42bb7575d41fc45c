import { beforeAll, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, seededVariant, setAvailable } from "../helpers/checkout"
import { registerCustomer, type TestCustomer } from "../helpers/customers"
import { type OutboxEmail, waitForEmails } from "../helpers/outbox"

/** A guest order with this email, placed on the storefront of `locale` (undefined: Indonesian). */
async function guestOrder(email: string, locale?: string): Promise<{ id: string; display_id: number }> {
  const variant = await seededVariant(12)
  await setAvailable(variant, 5)
  const cartId = await checkoutCart(email, [{ variantId: variant.variantId, quantity: 1 }], locale ? { locale } : {})
  const done = await completeCart(cartId)
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order
}

const linkIn = (mail: OutboxEmail) => new URL(mail.text.match(/https?:\/\/\S+/)![0])

describe("attaching guest orders to the account with the same email (Medusa's order transfer)", () => {
  const email = `${unique("tamu")}@pembeli.test`
  let indonesian: { id: string; display_id: number }
  let english: { id: string; display_id: number }
  let customer: TestCustomer
  let mails: OutboxEmail[]

  beforeAll(async () => {
    indonesian = await guestOrder(email)
    english = await guestOrder(email, "en-US")
    customer = await registerCustomer(email)
  })

  it("counts the guest orders of the customer's email, and nobody else's", async () => {
    const mine = await api("/store/customers/me/guest-orders", { token: customer.token })
    expect(mine.status).toBe(200)
    expect(mine.body).toEqual({ attachable: 2, awaiting: 0 })
    const other = await registerCustomer(`${unique("lain")}@pembeli.test`)
    expect((await api("/store/customers/me/guest-orders", { token: other.token })).body).toEqual({ attachable: 0, awaiting: 0 })
    expect((await api("/store/customers/me/guest-orders")).status).toBe(401)
  })

  it("emails the order's address one confirm link per order, in the order's language, and asks once", async () => {
    const asked = await api("/store/customers/me/guest-orders", { token: customer.token, body: {} })
    expect(asked.status).toBe(200)
    expect(asked.body).toEqual({ requested: 2 })
    expect((await api("/store/customers/me/guest-orders", { token: customer.token })).body).toEqual({ attachable: 0, awaiting: 2 })
    // Asking again sends nothing new.
    expect((await api("/store/customers/me/guest-orders", { token: customer.token, body: {} })).body).toEqual({ requested: 0 })

    mails = await waitForEmails(email, "order-transfer-request", 2)
    expect(mails).toHaveLength(2)
    const id = mails.find((m) => m.subject.includes(`#${indonesian.display_id}`))!
    const en = mails.find((m) => m.subject.includes(`#${english.display_id}`))!
    expect(id.subject).toBe(`Tautkan pesanan #${indonesian.display_id} ke akun Anda – Karya Binaan`)
    expect(linkIn(id).pathname).toBe("/akun/pesanan/tautkan")
    expect(en.subject).toBe(`Attach order #${english.display_id} to your account – Karya Binaan`)
    expect(linkIn(en).pathname).toBe("/en/account/orders/attach")
    expect(linkIn(en).searchParams.get("order")).toBe(english.id)
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await waitForEmails(email, "order-transfer-request", 3, 500)).toHaveLength(2)
  })

  it("makes an order the customer's only with the emailed token", async () => {
    // Not before: the account's email was never proven.
    expect((await api(`/store/orders/${english.id}`, { token: customer.token })).status).toBe(404)
    const link = linkIn(mails.find((m) => m.subject.includes(`#${english.display_id}`))!)
    const wrong = await api(`/store/orders/${english.id}/transfer/accept`, { body: { token: "not-the-token" } })
    expect(wrong.status).toBeGreaterThanOrEqual(400)
    expect(wrong.status).toBeLessThan(500)

    const accepted = await api(`/store/orders/${english.id}/transfer/accept`, { body: { token: link.searchParams.get("token") } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect((await api(`/store/orders/${english.id}`, { token: customer.token })).status).toBe(200)
    const list = await api("/store/orders?fields=id", { token: customer.token })
    expect(list.body.orders.map((o: { id: string }) => o.id)).toContain(english.id)
    expect((await api("/store/customers/me/guest-orders", { token: customer.token })).body).toEqual({ attachable: 0, awaiting: 1 })
    // The token works once.
    const again = await api(`/store/orders/${english.id}/transfer/accept`, { body: { token: link.searchParams.get("token") } })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })
})
