import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { interceptMidtrans } from "./midtrans-fake"
import { ledgerWholeAfterEach } from "./interrupted-run"
import { seedDemoCatalog, shop } from "./shop"

const ok = { validateStatus: () => true }
const METHODS = ["qris", "gopay", "shopeepay", "va-bca", "va-bni", "va-bri", "va-mandiri"] as const

// Midtrans through the real midtrans-client SDK, api.sandbox.midtrans.com
// answered in-process by nock (./midtrans-fake): charges per method, the
// notification webhook (signed, forged, twice, out of order, unknown), expiry,
// refund, and the late payment for stock that sold out meanwhile.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    ledgerWholeAfterEach(getContainer)
    let midtrans: ReturnType<typeof interceptMidtrans>
    let s: Awaited<ReturnType<typeof shop>>

    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    beforeEach(async () => {
      midtrans = interceptMidtrans()
      s = await shop(api, getContainer())
    })

    afterEach(() => midtrans.done())

    const startSession = (collectionId: string, method: string) =>
      api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: `pp_midtrans_${method}` }, { ...s.store, ...ok })
    const notify = (body: Record<string, unknown>) => api.post("/hooks/midtrans", body, ok)
    const paymentStatus = (cartId: string) => api.get(`/store/carts/${cartId}/payment-status`, { ...s.store, ...ok })

    /** A cart with a Midtrans session for `method`; returns the session data the storefront reads. */
    async function cartWithCharge(email: string, method: string = "qris") {
      const cart = await s.cartReadyForPayment(email)
      const res = await startSession(cart.collectionId, method)
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      const session = res.data.payment_collection.payment_sessions.find((p: any) => p.provider_id === `pp_midtrans_${method}`)
      return { ...cart, session, orderId: session.data.midtrans_order_id as string }
    }

    const ledgerOf = async (orderId: string) =>
      (await getContainer().resolve<any>("ledger").listLedgerEntries({ order_id: orderId })).map((e: any) => ({ kind: e.kind as string, amount: Number(e.amount) }))

    it("charges each method through the Core API with its expiry, and keeps what the shopper needs in the session", async () => {
      const cart = await s.cartReadyForPayment("metode@pembeli.test")
      const seen: Record<string, any> = {}
      for (const method of METHODS) {
        const started = Date.now()
        const res = await startSession(cart.collectionId, method)
        expect(res.status, JSON.stringify(res.data)).toBe(200)
        const session = res.data.payment_collection.payment_sessions.find((p: any) => p.provider_id === `pp_midtrans_${method}`)
        const charge = midtrans.calls.filter((c) => c.path === "/v2/charge").at(-1)!
        expect(charge.body.transaction_details).toEqual({ order_id: session.data.midtrans_order_id, gross_amount: cart.total })
        expect(charge.body.transaction_details.order_id).toMatch(new RegExp(`^${session.id}~`))
        const minutes = (Date.parse(session.data.expires_at) - started) / 60_000
        if (method.startsWith("va-")) {
          expect(charge.body.custom_expiry).toEqual({ expiry_duration: 24, unit: "hour" })
          expect(minutes).toBeGreaterThan(24 * 60 - 2)
          expect(minutes).toBeLessThan(24 * 60 + 2)
        } else {
          expect(charge.body.custom_expiry).toEqual({ expiry_duration: 15, unit: "minute" })
          expect(minutes).toBeGreaterThan(13)
          expect(minutes).toBeLessThan(17)
        }
        expect(session.data).toMatchObject({ amount: cart.total, transaction_status: "pending", transaction_id: midtrans.lastCharge().transaction_id })
        seen[method] = { request: charge.body, data: session.data }
      }
      expect(seen.qris.request).toMatchObject({ payment_type: "qris" })
      expect(seen.qris.data).toMatchObject({ method: "qris", qr_string: midtrans.lastChargeOf("qris").qr_string })
      expect(seen.gopay.request).toMatchObject({ payment_type: "gopay" })
      expect(seen.gopay.data).toMatchObject({ method: "gopay", deeplink_url: expect.stringContaining("gopay") })
      expect(seen.shopeepay.request).toMatchObject({ payment_type: "shopeepay" })
      expect(seen.shopeepay.data).toMatchObject({ method: "shopeepay", deeplink_url: expect.stringContaining("shopeepay") })
      for (const bank of ["bca", "bni", "bri"]) {
        expect(seen[`va-${bank}`].request).toMatchObject({ payment_type: "bank_transfer", bank_transfer: { bank } })
        expect(seen[`va-${bank}`].data).toMatchObject({ method: "va", bank, va_number: expect.stringMatching(/^\d{12}$/) })
      }
      expect(seen["va-mandiri"].request).toMatchObject({ payment_type: "echannel" })
      expect(seen["va-mandiri"].data).toMatchObject({ method: "va", bank: "mandiri", bill_key: expect.stringMatching(/^\d+$/), biller_code: "70012" })

      // Each new method replaced the previous session: that charge was expired at Midtrans, so it cannot take money.
      const expired = [...midtrans.txs.values()].filter((t) => t.transaction_status === "expire")
      expect(expired).toHaveLength(METHODS.length - 1)
      const status = await paymentStatus(cart.cartId)
      expect(status.data).toEqual({ status: "pending", order_id: null, order_access_token: null, expires_at: seen["va-mandiri"].data.expires_at, reason: null })
    })

    it("emails how to pay a new charge once, with the VA number, the amount and the link back to the cart's pay page", async () => {
      const { cartId, total, session } = await cartWithCharge("instruksi@pembeli.test", "va-bca")
      const outbox = process.env.NOTIFICATION_OUTBOX_DIR!
      const mails = () => readdirSync(outbox).filter((f) => f.includes("payment-instructions_instruksi-at-pembeli.test"))
      // The email is sent after Medusa's route answered: wait for it.
      for (let i = 0; i < 50 && mails().length === 0; i++) await new Promise((r) => setTimeout(r, 100))
      expect(mails()).toHaveLength(1)
      const mail = readFileSync(path.join(outbox, mails()[0]), "utf8")
      expect(mail).toContain(session.data.va_number)
      expect(mail).toContain(`Rp ${total.toLocaleString("id-ID")}`)
      expect(mail).toContain(`/bayar/${cartId}`)
      expect(mail).toContain("Virtual account BCA")
      // A bank transfer session is not a Midtrans charge: no instructions email for it.
      const collection = (await s.cartReadyForPayment("transfer-saja@pembeli.test")).collectionId
      expect((await api.post(`/store/payment-collections/${collection}/payment-sessions`, { provider_id: "pp_system_default" }, { ...s.store, ...ok })).status).toBe(200)
      await new Promise((r) => setTimeout(r, 500))
      expect(readdirSync(outbox).filter((f) => f.includes("transfer-saja-at-pembeli.test"))).toEqual([])
      expect(mails()).toHaveLength(1)
    })

    it("a signed settlement places the order, captures and allocates it in the request; again or a late pending changes nothing", async () => {
      const { cartId, total, orderId: midtransOrderId } = await cartWithCharge("qris@pembeli.test")
      midtrans.settle(midtransOrderId)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const allocated = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus as any)

      const reads = () => midtrans.calls.filter((c) => c.method === "GET" && c.path === `/v2/${midtransOrderId}/status`).length
      const res = await notify(midtrans.notification(midtransOrderId))
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      expect(res.data).toMatchObject({ processed: true, action: "captured" })
      expect(reads()).toBeGreaterThan(0)
      const placed = await s.orderState(cartId)
      expect(placed.orderIds).toHaveLength(1)
      expect(placed.payments).toHaveLength(1)
      expect(placed.captures.map((c: any) => Number(c.amount))).toEqual([total])
      expect(placed.collectionStatus).toBe("completed")
      await allocated
      const ledger = await ledgerOf(placed.orderIds[0])
      expect(ledger.length).toBeGreaterThan(0)
      expect(ledger.every((e: any) => e.kind === "allocation")).toBe(true)

      const status = await paymentStatus(cartId)
      expect(status.data).toMatchObject({ status: "paid", order_id: placed.orderIds[0], reason: null })
      const order = await api.get(`/store/orders/${placed.orderIds[0]}`, { ...s.store, ...ok, headers: { ...s.store.headers, "x-order-access-token": status.data.order_access_token } })
      expect(order.status).toBe(200)

      // The same notification again, then a "pending" that arrives after the settlement.
      expect((await notify(midtrans.notification(midtransOrderId))).status).toBe(200)
      const late = await notify(midtrans.notification(midtransOrderId, "pending"))
      expect(late.status).toBe(200)
      expect(await s.orderState(cartId)).toEqual(placed)
      expect(await ledgerOf(placed.orderIds[0])).toEqual(ledger)
    })

    it("refuses a forged, unsigned or altered notification with 401 before reading anything; an unknown order is 200 and changes nothing", async () => {
      const { cartId, orderId: midtransOrderId } = await cartWithCharge("palsu@pembeli.test", "va-bca")
      midtrans.settle(midtransOrderId)
      const callsBefore = midtrans.calls.length

      const forged = await notify(midtrans.notification(midtransOrderId, "settlement", "SB-Mid-server-not-ours"))
      expect(forged.status).toBe(401)
      expect(forged.data.message).toMatch(/signature/i)
      const { signature_key: _, ...unsigned } = midtrans.notification(midtransOrderId)
      expect((await notify(unsigned)).status).toBe(401)
      const altered = { ...midtrans.notification(midtransOrderId), gross_amount: "1.00" }
      expect((await notify(altered)).status).toBe(401)
      expect(midtrans.calls.length).toBe(callsBefore)
      expect((await s.orderState(cartId)).orderIds).toEqual([])

      const malformed = await notify({ hello: "world" })
      expect(malformed.status).toBe(400)

      const unknown = await notify(midtrans.notification("INV-2026-0001", "settlement"))
      expect(unknown.status).toBe(200)
      expect(unknown.data).toMatchObject({ processed: false })
      const strangerSession = await notify(midtrans.notification("payses_01UNKNOWN00000000000000000~abc", "settlement"))
      expect(strangerSession.status).toBe(200)
      expect(strangerSession.data).toMatchObject({ processed: false })
      expect((await s.orderState(cartId)).orderIds).toEqual([])
    })

    it("an expired QR leaves the cart unreserved and payable another way", async () => {
      const { cartId, collectionId, orderId: midtransOrderId } = await cartWithCharge("kedaluwarsa@pembeli.test")
      midtrans.expire(midtransOrderId)
      const res = await notify(midtrans.notification(midtransOrderId))
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ processed: false, action: "canceled" })
      const status = await paymentStatus(cartId)
      expect(status.data).toMatchObject({ status: "expired", order_id: null })

      // Nothing was held for it: no reservation for the cart's lines.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: lines } = await query.graph({ entity: "cart", fields: ["items.id"], filters: { id: cartId } })
      const lineIds = (lines[0] as any).items.map((i: any) => i.id)
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineIds })
      expect(reservations).toEqual([])

      // The shopper pays by bank transfer instead.
      const transfer = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, { ...s.store, ...ok })
      expect(transfer.status).toBe(200)
      const completed = await s.complete(cartId)
      expect(completed.data.type).toBe("order")
      expect((await paymentStatus(cartId)).data).toMatchObject({ status: "paid", order_id: completed.data.order.id })
    })

    it("a refund goes through Midtrans' refund API and reverses the ledger", async () => {
      const { cartId, total, orderId: midtransOrderId } = await cartWithCharge("refund@pembeli.test", "gopay")
      midtrans.settle(midtransOrderId)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
      const allocated = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus)
      expect((await notify(midtrans.notification(midtransOrderId))).status).toBe(200)
      await allocated
      const { orderIds, payments } = await s.orderState(cartId)

      const reversed = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, eventBus)
      const refund = await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: total }, { ...s.admin, ...ok })
      expect(refund.status, JSON.stringify(refund.data)).toBe(200)
      await reversed
      const refunds = midtrans.calls.filter((c) => c.path === `/v2/${midtransOrderId}/refund`)
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body).toMatchObject({ amount: total, refund_key: expect.any(String) })
      expect(midtrans.txs.get(midtransOrderId)!.transaction_status).toBe("refund")
      const ledger = await ledgerOf(orderIds[0])
      expect(ledger.some((e: any) => e.kind !== "allocation")).toBe(true)
      expect(ledger.reduce((sum: number, e: any) => sum + e.amount, 0)).toBe(0)
    })

    it("a payment that arrives after the last unit sold is refunded through Midtrans, no order is made, and the shopper is told", async () => {
      const { cartId, total, orderId: midtransOrderId } = await cartWithCharge("habis@pembeli.test", "va-bni")
      // While the shopper walks to the ATM, someone else buys the last units.
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["items.variant_id"], filters: { id: cartId } })
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: (data[0] as any).items[0].variant_id } })
      const inventory = container.resolve(Modules.INVENTORY)
      const itemIds = (variants[0] as any).inventory_items.map((i: any) => i.inventory_item_id)
      const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds })
      await inventory.updateInventoryLevels(levels.map((l: any) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: Number(l.reserved_quantity) })))

      midtrans.settle(midtransOrderId)
      const res = await notify(midtrans.notification(midtransOrderId))
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      expect(res.data).toMatchObject({ processed: true, action: "refunded" })
      const refunds = midtrans.calls.filter((c) => c.path === `/v2/${midtransOrderId}/refund`)
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body.amount).toBe(total)
      expect(midtrans.txs.get(midtransOrderId)!.transaction_status).toBe("refund")
      const state = await s.orderState(cartId)
      expect(state.orderIds).toEqual([])
      expect(state.captures).toEqual([])

      expect((await paymentStatus(cartId)).data).toEqual({ status: "failed", order_id: null, order_access_token: null, expires_at: null, reason: "out_of_stock" })
      const outbox = process.env.NOTIFICATION_OUTBOX_DIR!
      const refundMails = () => readdirSync(outbox).filter((f) => f.includes("payment-refunded_habis-at-pembeli.test"))
      const mails = refundMails()
      expect(mails).toHaveLength(1)
      const mail = readFileSync(path.join(outbox, mails[0]), "utf8")
      expect(mail).toContain("dikembalikan")
      expect(mail).toContain(`Rp ${total.toLocaleString("id-ID")}`)
      expect(mail).toContain(midtransOrderId)

      // Midtrans delivers the notification again: no second refund, no second email.
      expect((await notify(midtrans.notification(midtransOrderId, "settlement"))).status).toBe(200)
      expect(midtrans.calls.filter((c) => c.path === `/v2/${midtransOrderId}/refund`)).toHaveLength(1)
      expect(refundMails()).toHaveLength(1)

      // Medusa keeps no payment for it: operators find it in Admin's list of unplaced payments, once.
      const listed = await api.get("/admin/unplaced-payments?limit=100", { ...s.admin, ...ok })
      expect(listed.status, JSON.stringify(listed.data)).toBe(200)
      const rows = listed.data.unplaced_payments.filter((p: any) => p.midtrans_order_id === midtransOrderId)
      expect(rows).toEqual([
        { cart_id: cartId, email: "habis@pembeli.test", reason: "out_of_stock", midtrans_order_id: midtransOrderId, method: "va-bni", amount: total, refunded_at: expect.any(String) },
      ])
      expect(listed.data.count).toBeGreaterThanOrEqual(1)
      // Carts that paid normally are not in it.
      expect(listed.data.unplaced_payments.every((p: any) => p.midtrans_order_id && p.reason)).toBe(true)
      expect((await api.get("/admin/unplaced-payments", ok)).status).toBe(401)
      expect((await api.get("/admin/unplaced-payments", { ...s.store, ...ok })).status).toBe(401)
      const bad = await api.get("/admin/unplaced-payments?limit=0", { ...s.admin, ...ok })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/limit/)
    })
  },
})
