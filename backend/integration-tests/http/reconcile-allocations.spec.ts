import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import reconcileOrderAllocations, { config } from "../../src/jobs/reconcile-order-allocations"
import { seedDemoCatalog, shop } from "./shop"

// The scheduled reconciliation job itself: a capture whose payment.captured
// was lost (the allocation subscriber is detached before the capture, as if
// the process died right after the commit) is allocated by the job, once,
// even with two runs of the job at the same moment (its lock), and a later
// run adds nothing.

const ok = { validateStatus: () => true }
type LedgerRow = { id: string; line_item_id: string; amount: number; kind: string; source_id: string }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })

    it("allocates a captured order whose payment.captured was lost, once, however many runs overlap", async () => {
      expect(config.name).toBe("reconcile-order-allocations")
      const container = getContainer()
      const s = await shop(api, container)
      const cart = await s.cartReadyForPayment("rekonsiliasi@pembeli.test")
      const session = await api.post(`/store/payment-collections/${cart.collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, { ...s.store, ...ok })
      expect(session.status).toBe(200)
      const completed = await s.complete(cart.cartId)
      expect(completed.data.type).toBe("order")
      const orderId: string = completed.data.order.id
      const [payment] = (await s.orderState(cart.cartId)).payments

      // The event is lost: nobody listens when the capture commits.
      const eventBus = container.resolve(Modules.EVENT_BUS) as any
      const listeners = eventBus.eventEmitter_.listeners(PaymentEvents.CAPTURED)
      eventBus.eventEmitter_.removeAllListeners(PaymentEvents.CAPTURED)
      try {
        const capture = await api.post(`/admin/payments/${payment.id}/capture`, {}, { ...s.admin, ...ok })
        expect(capture.status, JSON.stringify(capture.data)).toBe(200)
      } finally {
        for (const l of listeners) eventBus.eventEmitter_.on(PaymentEvents.CAPTURED, l)
      }
      const ledger = container.resolve<any>("ledger")
      const entriesOf = async (): Promise<LedgerRow[]> =>
        (await ledger.listLedgerEntries({ order_id: orderId }, { order: { id: "ASC" } })).map((e: LedgerRow) => ({ ...e, amount: Number(e.amount) }))
      expect(await entriesOf()).toEqual([])

      // Two workers' runs at once: the lock lets one at a time; the second finds the order allocated.
      await Promise.all([reconcileOrderAllocations(container), reconcileOrderAllocations(container)])
      const after = await entriesOf()
      expect(after.length).toBeGreaterThan(1)
      expect(after.every((e) => e.kind === "allocation")).toBe(true)
      expect(new Set(after.map((e) => e.source_id)).size).toBe(1)
      const view = (await api.get(`/admin/orders/${orderId}/revenue-shares`, s.admin)).data
      for (const line of view.lines) {
        expect(after.filter((e) => e.line_item_id === line.line_item_id).reduce((sum, e) => sum + e.amount, 0)).toBe(line.net_revenue)
      }

      // Idempotent: another run adds nothing.
      await reconcileOrderAllocations(container)
      expect(await entriesOf()).toEqual(after)
    })
  },
})
