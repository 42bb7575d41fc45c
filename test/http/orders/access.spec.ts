import { readFileSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { issueOrderAccess } from "../../../backend/src/lib/order-access-token"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart, createCart, addLine, placeCartOrder } from "../helpers/checkout"
import { registerCustomer, variantOf, type TestCustomer } from "../helpers/customers"

const HEADER = "x-order-access-token"

/**
 * The test marketplace's JWT secret (which signs order access tokens), as
 * scripts/stack/secrets.ts keeps it beside the outbox; only to forge a token
 * that is authentic but expired.
 */
function stackJwtSecret(): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET
  const outbox = process.env.NOTIFICATION_OUTBOX_DIR
  if (!outbox) throw new Error('NOTIFICATION_OUTBOX_DIR is not set: run the HTTP suites through "npm test -- http"')
  return JSON.parse(readFileSync(path.join(path.dirname(outbox), "secrets.json"), "utf8")).jwtSecret
}

describe("GET /store/orders/:id shows an order only to its buyer", () => {
  const guestEmail = `${unique("tamu")}@pembeli.test`
  let variantId: string
  let guest: { id: string; display_id: number; token: string }
  let owner: TestCustomer
  let ownersOrder: string
  let stranger: TestCustomer

  beforeAll(async () => {
    variantId = await variantOf(6)
    const cartId = await checkoutCart(guestEmail, [{ variantId, quantity: 1 }])
    const done = await completeCart(cartId)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    guest = { id: done.body.order.id, display_id: done.body.order.display_id, token: done.body.order_access?.token }
    ;[owner, stranger] = await Promise.all([registerCustomer(`${unique("pemilik")}@example.com`), registerCustomer(`${unique("orang-lain")}@example.com`)])
    const ownerCart = await createCart(owner.email)
    expect((await api(`/store/carts/${ownerCart}/customer`, { method: "POST", token: owner.token })).status).toBe(200)
    expect((await addLine(ownerCart, variantId, 1)).status).toBe(200)
    ownersOrder = (await placeCartOrder(ownerCart)).id
  })

  it("gives the browser that completed the cart a short-lived token that opens the order", async () => {
    expect(guest.token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/)
    const res = await api(`/store/orders/${guest.id}`, { headers: { [HEADER]: guest.token } })
    expect(res.status).toBe(200)
    expect(res.body.order).toMatchObject({ id: guest.id, email: guestEmail })
  })

  it("answers anyone else holding only the id with the same 404 as an unknown id", async () => {
    const unknown = await api("/store/orders/order_01TIDAKADA00000000000000000")
    expect(unknown.status).toBe(404)
    for (const [who, token] of [
      ["anonymous", undefined],
      ["another customer", stranger.token],
    ] as const) {
      for (const id of [guest.id, ownersOrder]) {
        const res = await api(`/store/orders/${id}`, { token })
        expect(res.status, `${who} ${id}`).toBe(404)
        expect(res.body, `${who} ${id}`).toEqual(unknown.body)
        expect(JSON.stringify(res.body)).not.toContain("@")
      }
    }
  })

  it("shows a customer's order to that customer logged in", async () => {
    const res = await api(`/store/orders/${ownersOrder}?fields=+customer_id`, { token: owner.token })
    expect(res.body.order?.customer_id).toBe(owner.id)
    expect(res.status).toBe(200)
    expect(res.body.order).toMatchObject({ id: ownersOrder, email: owner.email })
    expect((await api(`/store/orders/${guest.id}`, { token: owner.token })).status).toBe(404)
  })

  it("refuses a tampered, expired, foreign or malformed token (404)", async () => {
    const [expiry, signature] = guest.token.split(".")
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A")
    const expired = issueOrderAccess(guest.id, stackJwtSecret(), Date.now() - 3 * 60 * 60 * 1000).token
    // The forged expired token is otherwise authentic: the same secret signed a fresh one that opens the order.
    expect((await api(`/store/orders/${guest.id}`, { headers: { [HEADER]: issueOrderAccess(guest.id, stackJwtSecret()).token } })).status).toBe(200)
    for (const [what, token] of [
      ["later expiry", `${Number(expiry) + 86_400}.${signature}`],
      ["changed signature", `${expiry}.${flipped}`],
      ["expired", expired],
      ["garbage", "bukan-token"],
    ]) {
      expect((await api(`/store/orders/${guest.id}`, { headers: { [HEADER]: token } })).status, what).toBe(404)
    }
    // The guest's token opens the guest's order, not the customer's.
    expect((await api(`/store/orders/${ownersOrder}`, { headers: { [HEADER]: guest.token } })).status).toBe(404)
  })

  it("gives a token through the lookup with number and email, and none for a wrong email", async () => {
    const found = await api("/store/order-lookup", { body: { order_number: guest.display_id, email: guestEmail } })
    expect(found.status).toBe(200)
    expect(found.body.order.id).toBe(guest.id)
    const opened = await api(`/store/orders/${guest.id}`, { headers: { [HEADER]: found.body.order_access.token } })
    expect(opened.status).toBe(200)
    expect(opened.body.order.email).toBe(guestEmail)
    const wrong = await api("/store/order-lookup", { body: { order_number: guest.display_id, email: "orang.lain@pembeli.test" } })
    expect(wrong.status).toBe(404)
    expect(wrong.body.order_access).toBeUndefined()
  })
})
