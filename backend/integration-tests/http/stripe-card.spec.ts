import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { readdirSync } from "node:fs"
import { interceptStripe, signedEvent } from "./stripe-fake"
import { ledgerWholeAfterEach } from "./interrupted-run"
import { nativeRequire } from "./native"
import { seedDemoCatalog, shop } from "./shop"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    ledgerWholeAfterEach(getContainer)
    let stripe: ReturnType<typeof interceptStripe>
    let s: Awaited<ReturnType<typeof shop>>

    beforeAll(async () => {
      // Seeded once; the runner restores this database before every test.
      await seedDemoCatalog(getContainer())
    })

    beforeEach(async () => {
      stripe = interceptStripe()
      s = await shop(api, getContainer())
    })

    afterEach(() => stripe.done())

    /** A cart with a Stripe payment session; returns the PaymentIntent Stripe was asked to create. */
    async function cartWithStripeSession(email: string) {
      const cart = await s.cartReadyForPayment(email)
      const session = await s.startStripeSession(cart.collectionId)
      expect(session.status).toBe(200)
      const create = stripe.calls.filter((c) => c.method === "POST" && c.path === "/v1/payment_intents")
      expect(create).toHaveLength(1)
      const intentId = [...stripe.intents.keys()].at(-1)!
      return { ...cart, session, form: create[0].form, intentId }
    }

    it("creates a PaymentIntent in IDR minor units, authorises on completion and captures when the operator does", async () => {
      const { cartId, total, session, form, intentId } = await cartWithStripeSession("kartu@pembeli.test")

      // Stripe's API counts IDR in two-decimal minor units (IDR is not on its
      // zero-decimal list): Rp 40.000 is amount=4000000. Medusa's provider
      // multiplies by 100 for IDR, which is what Stripe expects.
      expect(total).toBeGreaterThan(0)
      expect(form.amount).toBe(String(total * 100))
      expect(form.currency).toBe("idr")
      expect(form.capture_method).toBe("manual")
      const medusaSession = session.data.payment_collection.payment_sessions.find((p: any) => p.provider_id === "pp_stripe_stripe")
      expect(form["metadata[session_id]"]).toBe(medusaSession.id)
      expect(medusaSession.data.client_secret).toBe(`${intentId}_secret_test`)

      // The shopper confirms the card in Stripe Elements (3-D Secure passed); the storefront completes the cart.
      stripe.confirmCard(intentId)
      const completed = await s.complete(cartId)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      expect(stripe.calls.some((c) => c.method === "GET" && c.path === `/v1/payment_intents/${intentId}`)).toBe(true)
      let state = await s.orderState(cartId)
      expect(state.orderIds).toEqual([completed.data.order.id])
      expect(state.collectionStatus).toBe("authorized")
      expect(state.payments).toHaveLength(1)
      expect(state.captures).toEqual([])

      // The operator captures in Medusa Admin.
      const captured = await api.post(`/admin/payments/${state.payments[0].id}/capture`, {}, s.admin)
      expect(captured.status).toBe(200)
      expect(stripe.calls.filter((c) => c.path === `/v1/payment_intents/${intentId}/capture`)).toHaveLength(1)
      state = await s.orderState(cartId)
      expect(state.collectionStatus).toBe("completed")
      expect(state.payments[0].captured_at).toBeTruthy()
      expect(state.captures.map((c: any) => Number(c.amount))).toEqual([total])
    })

    it("accepts a correctly signed webhook and completes the cart in the request; the same webhook again changes nothing", async () => {
      // The shopper paid (3-D Secure passed) but never came back to the storefront.
      const { cartId, total, intentId } = await cartWithStripeSession("webhook@pembeli.test")
      const intent = stripe.confirmCard(intentId)
      const authorised = signedEvent("payment_intent.amount_capturable_updated", intent)

      const first = await s.webhook(authorised.payload, authorised.signature)
      expect(first.status).toBe(200)
      expect(first.data).toEqual({ received: true, processed: true, action: "authorized" })
      // Processed before the answer, not queued: the order exists now.
      const afterFirst = await s.orderState(cartId)
      expect(afterFirst.orderIds).toHaveLength(1)
      expect(afterFirst.payments).toHaveLength(1)
      expect(afterFirst.collectionStatus).toBe("authorized")

      const again = await s.webhook(authorised.payload, authorised.signature)
      expect(again.status).toBe(200)
      expect(await s.orderState(cartId)).toEqual(afterFirst)

      // Stripe reports the capture (e.g. made in its dashboard) twice: one capture, recorded once.
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      const succeeded = signedEvent("payment_intent.succeeded", intent)
      expect((await s.webhook(succeeded.payload, succeeded.signature)).status).toBe(200)
      const captured = await s.orderState(cartId)
      expect(captured.captures.map((c: any) => Number(c.amount))).toEqual([total])
      expect((await s.webhook(succeeded.payload, succeeded.signature)).status).toBe(200)
      expect(await s.orderState(cartId)).toEqual(captured)
      expect(captured.orderIds).toEqual(afterFirst.orderIds)
    })

    it("refuses a webhook with a bad signature with 400 and a message, and acts on nothing", async () => {
      const { cartId, intentId } = await cartWithStripeSession("palsu@pembeli.test")
      const intent = stripe.confirmCard(intentId)
      const forged = signedEvent("payment_intent.amount_capturable_updated", intent, "whsec_not_the_real_secret")

      const res = await s.webhook(forged.payload, forged.signature)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^Webhook refused: it could not be verified\./)
      expect(res.data.message).toMatch(/signature/i)

      const unsigned = await s.webhook(forged.payload, "")
      expect(unsigned.status).toBe(400)

      // A valid signature over a different body is refused too.
      const genuine = signedEvent("payment_intent.amount_capturable_updated", intent)
      const tampered = await s.webhook(genuine.payload.replace(intentId, `${intentId}x`), genuine.signature)
      expect(tampered.status).toBe(400)

      expect((await s.orderState(cartId)).orderIds).toEqual([])
    })

    it("sends the order confirmation once, however often order.placed is delivered", async () => {
      const { cartId, intentId } = await cartWithStripeSession("sekali@pembeli.test")
      stripe.confirmCard(intentId)
      const completed = await s.complete(cartId)
      const orderId: string = completed.data.order.id
      const container = getContainer()
      const notification = container.resolve(Modules.NOTIFICATION)
      // idempotency_key is a column the module filters on, though its filter type leaves it out.
      const byKey = { idempotency_key: `order-confirmation:${orderId}` } as Parameters<typeof notification.listNotifications>[0]
      const sent = () => notification.listNotifications(byKey)
      // The event bus delivers order.placed once after the order is placed.
      for (let i = 0; i < 80 && (await sent()).length === 0; i++) await new Promise((r) => setTimeout(r, 250))
      expect(await sent()).toHaveLength(1)

      // Two more deliveries of the same event, as a retrying queue would make them.
      const handler = nativeRequire("../../src/subscribers/order-confirmation").default
      for (let i = 0; i < 2; i++) await handler({ event: { name: "order.placed", data: { id: orderId } }, container })

      const notifications = await sent()
      expect(notifications).toHaveLength(1)
      expect(notifications[0]).toMatchObject({ to: "sekali@pembeli.test", template: "order-confirmation", status: "success" })
      const files = readdirSync(process.env.NOTIFICATION_OUTBOX_DIR!).filter((f) => f.includes("sekali-at-pembeli.test"))
      expect(files).toHaveLength(1)
    })
  },
})
