import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { vi } from "vitest"
import { seedDemoCatalog, shop } from "./shop"

// payment.captured delivered again, as a bus that redelivers (at-least-once)
// would: the real event through the event bus module, to the real subscriber,
// for one captured payment. The allocation must happen once and no delivery
// may fail (a lost lock race or a unique-index error would be logged by the bus).

const ok = { validateStatus: () => true }
type LedgerRow = { id: string; line_item_id: string; bucket: string; party_id: string; amount: number; kind: string; source_id: string }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    it("allocates a captured payment once however often and however concurrently payment.captured is delivered", async () => {
      const container = getContainer()
      const s = await shop(api, container)
      const eventBus = container.resolve(Modules.EVENT_BUS) as any
      // Ours alone listen (the allocation and the "payment received" email);
      // waitSubscribersExecution waits until each listener has had every delivery.
      expect(eventBus.eventEmitter_.listenerCount(PaymentEvents.CAPTURED)).toBe(2)
      // The local bus catches a subscriber's error and logs it: every logged error is a failed delivery.
      const logged = vi.spyOn(eventBus.logger_, "error")

      // A bank-transfer order, captured by the operator: the capture's own delivery allocates.
      const cart = await s.cartReadyForPayment("kirim-ulang@pembeli.test")
      const session = await api.post(`/store/payment-collections/${cart.collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, { ...s.store, ...ok })
      expect(session.status).toBe(200)
      const completed = await s.complete(cart.cartId)
      expect(completed.data.type).toBe("order")
      const orderId: string = completed.data.order.id
      const [payment] = (await s.orderState(cart.cartId)).payments
      const captured = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus)
      const capture = await api.post(`/admin/payments/${payment.id}/capture`, {}, { ...s.admin, ...ok })
      expect(capture.status, JSON.stringify(capture.data)).toBe(200)
      await captured

      const ledger = container.resolve<any>("ledger")
      const entriesOf = async (): Promise<LedgerRow[]> =>
        (await ledger.listLedgerEntries({ order_id: orderId }, { order: { id: "ASC" } })).map((e: LedgerRow) => ({ ...e, amount: Number(e.amount) }))
      const first = await entriesOf()
      const view = (await api.get(`/admin/orders/${orderId}/revenue-shares`, s.admin)).data
      const netRevenue = view.lines.reduce((sum: number, l: { net_revenue: number }) => sum + l.net_revenue, 0)
      expect(netRevenue).toBeGreaterThan(0)
      expect(first.length).toBeGreaterThan(1)
      expect(first.every((e) => e.kind === "allocation")).toBe(true)
      expect(first.reduce((sum, e) => sum + e.amount, 0)).toBe(netRevenue)

      const deliver = () => eventBus.emit({ name: PaymentEvents.CAPTURED, data: { id: payment.id } })

      // Ten deliveries at once.
      const burst = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus, { triggerCount: 10, timeout: 90_000 })
      await Promise.all(Array.from({ length: 10 }, deliver))
      await burst
      // Then ten more, one after another.
      for (let i = 0; i < 10; i++) {
        const one = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus)
        await deliver()
        await one
      }

      const after = await entriesOf()
      expect(after).toEqual(first)
      expect(new Set(after.map((e) => e.source_id)).size).toBe(1)
      const keys = after.map((e) => `${e.line_item_id}|${e.bucket}|${e.party_id}`)
      expect(new Set(keys).size).toBe(keys.length)
      for (const line of view.lines) {
        expect(after.filter((e) => e.line_item_id === line.line_item_id).reduce((sum, e) => sum + e.amount, 0)).toBe(line.net_revenue)
      }
      const failures = logged.mock.calls.filter((args) => String(args[0]).includes(PaymentEvents.CAPTURED))
      const said = (a: unknown) => (a instanceof Error ? a.message : typeof a === "string" ? a : JSON.stringify(a))
      expect(failures, logged.mock.calls.map((args) => args.map(said).join(" ")).join("\n")).toEqual([])
    })
  },
})
