import path from "node:path"
import nock from "nock"
import { nativeRequire } from "./native"

/** The very stripe SDK @medusajs/payment-stripe uses (its own copy), here for signing test webhooks. */
const stripeModule = nativeRequire(
  nativeRequire.resolve("stripe", { paths: [path.dirname(nativeRequire.resolve("@medusajs/payment-stripe"))] })
)
const Stripe = stripeModule.default ?? stripeModule
export const stripeSdk = new Stripe("sk_test_karya_binaan_intercepted")

export type StripeCall = { method: string; path: string; form: Record<string, string> }
type Intent = Record<string, any> & { id: string; status: string; amount: number }

/**
 * api.stripe.com as this process sees it: nock intercepts the real SDK's HTTPS
 * calls and answers like Stripe for the PaymentIntent calls Medusa makes,
 * recording each request. Everything else to Stripe fails loudly (no network).
 */
export function interceptStripe() {
  const calls: StripeCall[] = []
  const intents = new Map<string, Intent>()
  let next = 0
  const record = (method: string, path: string, body: unknown) => {
    const form = Object.fromEntries(new URLSearchParams(typeof body === "string" ? body : ""))
    calls.push({ method, path: path.split("?")[0], form })
    return form
  }
  const intentId = (path: string) => path.split("?")[0].split("/")[3]

  nock.disableNetConnect()
  nock.enableNetConnect((host) => !host.includes("stripe.com"))
  nock("https://api.stripe.com")
    .persist()
    .post("/v1/payment_intents")
    .reply(200, function (path, body) {
      const form = record("POST", path, body)
      const id = `pi_test_${++next}`
      const intent: Intent = {
        id,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: form.currency,
        capture_method: form.capture_method,
        client_secret: `${id}_secret_test`,
        metadata: { session_id: form["metadata[session_id]"] },
        payment_method: null,
        status: "requires_payment_method",
        livemode: false,
      }
      intents.set(id, intent)
      return intent
    })
    .get(/^\/v1\/payment_intents\/pi_test_\d+/)
    .query(true)
    .reply(200, function (path) {
      record("GET", path, "")
      return intents.get(intentId(path))
    })
    .post(/^\/v1\/payment_intents\/pi_test_\d+\/capture/)
    .reply(200, function (path, body) {
      record("POST", path, body)
      const intent = intents.get(intentId(path))!
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      return intent
    })
    .post(/^\/v1\/payment_intents\/pi_test_\d+\/cancel/)
    .reply(200, function (path, body) {
      record("POST", path, body)
      const intent = intents.get(intentId(path))!
      intent.status = "canceled"
      return intent
    })

  return {
    calls,
    intents,
    /** What Stripe Elements does in the browser: the card is confirmed (3-D Secure passed), funds held. */
    confirmCard(id: string) {
      const intent = intents.get(id)!
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      return intent
    },
    done() {
      nock.cleanAll()
      nock.enableNetConnect()
    },
  }
}

/** A Stripe event for a PaymentIntent, signed like Stripe signs it (or with the wrong secret). */
export function signedEvent(type: string, intent: Record<string, unknown>, secret = process.env.STRIPE_WEBHOOK_SECRET!) {
  const payload = JSON.stringify({
    id: `evt_test_${type}_${intent.id}`,
    object: "event",
    api_version: "2024-06-20",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object: intent },
  })
  const signature: string = stripeSdk.webhooks.generateTestHeaderString({ payload, secret })
  return { payload, signature }
}
