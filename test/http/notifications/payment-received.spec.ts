import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken, unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { addLine, createCart, placeCartOrder, seededVariant, setAvailable, type StockedVariant } from "../helpers/checkout"
import { emailsTo, waitForEmails } from "../helpers/outbox"
import { capture, orderPayment } from "../helpers/revenue-share"

// Product 11 (tas belanja tali meiwa), used by no other suite.
const TEMPLATE = "payment-received"
const rupiah = (n: number) => `Rp ${n.toLocaleString("de-DE")}`
const settle = () => new Promise((r) => setTimeout(r, 3_000))

async function placeTransferOrder(variant: StockedVariant, email: string, cart: Record<string, unknown> = {}) {
  const cartId = await createCart(email, cart)
  const line = await addLine(cartId, variant.variantId, 1)
  expect(line.status, JSON.stringify(line.body)).toBe(200)
  return placeCartOrder(cartId)
}

/** The order as its shopper reads it (guest lookup with number and email, as /lacak-pesanan does). */
async function shopperView(order: { display_id: number }, email: string) {
  const res = await api("/store/order-lookup", { body: { order_number: order.display_id, email } })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.order
}

describe("payment received email (bank transfer captured by the operator)", () => {
  let variant: StockedVariant
  beforeAll(async () => {
    variant = await seededVariant(11)
    await setAvailable(variant, 10)
  })

  describe("an order placed in Indonesian", () => {
    const email = `${unique("lunas")}@pembeli.test`
    let order: { id: string; display_id: number }
    let total: number

    beforeAll(async () => {
      order = await placeTransferOrder(variant, email)
      total = (await orderPayment(order.id)).amount
    })

    it("is not sent while the transfer waits; the shopper reads the order as not yet paid", async () => {
      await waitForEmails(email, "order-confirmation")
      await settle()
      expect(await emailsTo(email, TEMPLATE)).toHaveLength(0)
      expect((await shopperView(order, email)).payment_status).toBe("authorized")
    })

    it("is sent once when the operator captures, in Indonesian, and the order reads as paid", async () => {
      await capture(order.id)
      const [mail] = await waitForEmails(email, TEMPLATE)
      expect(mail, "no payment-received email in the outbox").toBeDefined()
      await settle()
      expect(await emailsTo(email, TEMPLATE)).toHaveLength(1)
      expect(mail.subject).toBe(`Pembayaran pesanan #${order.display_id} diterima – Karya Binaan`)
      expect(mail.text).toContain(`Transfer Anda sebesar ${rupiah(total)} untuk pesanan #${order.display_id} sudah kami terima`)
      expect(mail.text).toContain("LUNAS")
      expect(mail.text).toMatch(/https?:\/\/[^ ]+\/lacak-pesanan/)
      expect((await shopperView(order, email)).payment_status).toBe("captured")
    })

    it("is not sent again when payment.captured is delivered again", async () => {
      await waitForEmails(email, TEMPLATE)
      // What the subscriber runs on each delivery of payment.captured.
      const token = await operatorToken()
      const redeliver = () =>
        api("/admin/workflows-executions/send-payment-received/run", {
          token,
          body: { input: { order_id: order.id, storefront_url: "http://localhost:8000" } },
        })
      const runs = await Promise.all([redeliver(), redeliver()])
      expect(runs.map((r) => r.status)).toEqual([200, 200])
      await settle()
      expect(await emailsTo(email, TEMPLATE)).toHaveLength(1)
    })

    it("is recorded by Medusa's notification module against the order", async () => {
      const res = await api(`/admin/notifications?to=${encodeURIComponent(email)}`, { token: await operatorToken() })
      expect(res.status).toBe(200)
      const sent = res.body.notifications.filter((n: any) => n.template === TEMPLATE)
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({ channel: "email", resource_id: order.id, data: expect.objectContaining({ display_id: order.display_id }) })
    })
  })

  it("is English for an order placed on the English shop", async () => {
    const email = `${unique("paid-en")}@pembeli.test`
    const order = await placeTransferOrder(variant, email, { locale: "en-US" })
    await capture(order.id)
    const [mail] = await waitForEmails(email, TEMPLATE)
    expect(mail, "no payment-received email in the outbox").toBeDefined()
    expect(mail.subject).toBe(`Payment received for order #${order.display_id} – Karya Binaan`)
    expect(mail.text).toContain("The order is now PAID.")
    expect(mail.text).toMatch(/https?:\/\/[^ ]+\/en\/track-order/)
  })

  it("waits for the whole transfer: a partial capture sends nothing, the rest sends one", async () => {
    const email = `${unique("sebagian")}@pembeli.test`
    const order = await placeTransferOrder(variant, email)
    const payment = await orderPayment(order.id)
    const token = await operatorToken()
    const half = Math.floor(payment.amount / 2)
    const first = await api(`/admin/payments/${payment.id}/capture`, { token, body: { amount: half } })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    await settle()
    expect(await emailsTo(email, TEMPLATE)).toHaveLength(0)
    const rest = await api(`/admin/payments/${payment.id}/capture`, { token, body: { amount: payment.amount - half } })
    expect(rest.status, JSON.stringify(rest.body)).toBe(200)
    expect(await waitForEmails(email, TEMPLATE)).toHaveLength(1)
  })
})
