import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { eventually } from "./consignment-state"
import { forgetInMemory, frozen, ledgerWholeAfterEach, verifyGreen } from "./interrupted-run"
import { nativeRequire } from "./native"
import { seedDemoCatalog, shop } from "./shop"

// A crash mid-checkout (issue 14, faults): the process dies inside Medusa's
// complete-cart, after the order was created and before the run ended, so no
// compensation runs: stock stays reserved for an order nobody will pay, or a
// completed cart has no authorized payment. The run is frozen inside a step
// (see interrupted-run.ts), then found by the repair as a restart minutes
// later would find it: its row in workflow_execution still "not_started"
// (Medusa checkpoints complete-cart only at its start and end), its
// in-memory copy and its in-memory locks gone.

// Medusa's own instance of the workflow, the one our hooks are registered on.
const { authorizePaymentSessionStepId, capturePaymentWorkflow, completeCartWorkflow, completeCartWorkflowId, reserveInventoryStepId } = nativeRequire(
  "@medusajs/medusa/core-flows"
) as typeof import("@medusajs/medusa/core-flows")
const { fulfilCohortLinesWorkflow } = nativeRequire("../../src/workflows/production/fulfil-cohort-lines") as typeof import("../../src/workflows/production/fulfil-cohort-lines")
const { repairInterruptedCheckouts } = nativeRequire("../../src/workflows/checkout/repair-interrupted-checkouts") as typeof import("../../src/workflows/checkout/repair-interrupted-checkouts")

const nothing = { completed: [], reverted: [], failed: [] }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    ledgerWholeAfterEach(getContainer)
    let container: MedusaContainer
    const pg = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      await seedDemoCatalog(getContainer())
    })
    beforeEach(() => {
      container = getContainer()
    })

    /** The cart's stock: its one variant's inventory item, reserved over all locations, and the reservations of its lines. */
    async function stockOf(cartId: string) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["items.variant.inventory_items.inventory_item_id"], filters: { id: cartId } })
      const itemId: string = (data[0] as any).items[0].variant.inventory_items[0].inventory_item_id
      const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId })
      return { itemId, reserved: levels.reduce((sum, l) => sum + Number(l.reserved_quantity), 0) }
    }

    async function cartState(cartId: string) {
      const cart = await container.resolve(Modules.CART).retrieveCart(cartId, { select: ["id", "completed_at"] })
      const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return { completed: !!cart.completed_at, orderIds: links.map((l: { order_id: string }) => l.order_id) }
    }

    /** Starts the cart's completion with one step frozen, and waits until `written` shows the run got there. */
    async function freezeCheckout(cartId: string, stepId: string, written: () => Promise<boolean>) {
      const wf = completeCartWorkflow(container)
      wf.replaceAction(stepId, stepId, frozen)
      void wf.run({ input: { id: cartId }, throwOnError: false })
      await eventually(written, (yes) => yes)
      expect(await written()).toBe(true)
      const runs = await container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: completeCartWorkflowId, state: "not_started" }, { select: ["id", "transaction_id", "context"] })
      type Stored = { data?: { payload?: { id?: string } } } | null | undefined
      const mine = runs.filter((r) => (r.context as Stored)?.data?.payload?.id === cartId)
      expect(mine).toHaveLength(1)
      return mine[0] as { id: string; transaction_id: string }
    }

    /** The restart minutes later: the run's row is old, the engine's memory of it and every in-memory lock gone. */
    async function restart(run: { id: string; transaction_id: string }) {
      await pg().raw("update workflow_execution set updated_at = updated_at - interval '11 minutes' where id = ?", [run.id])
      forgetInMemory(container, run.transaction_id)
      await container.resolve(Modules.LOCKING).releaseAll()
    }

    const ordersOf = async (email: string) =>
      (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "items.id"], filters: { email } })).data as { id: string; items: { id: string }[] }[]
    const runState = async (id: string) => (await container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ id }, { select: ["state"] }))[0]?.state

    async function readyCart(s: Awaited<ReturnType<typeof shop>>, email: string) {
      const cart = await s.cartReadyForPayment(email)
      const session = await api.post(`/store/payment-collections/${cart.collectionId}/payment-sessions`, { provider_id: "pp_system_default" }, s.store)
      expect(session.status).toBe(200)
      return cart
    }

    it("undoes a checkout a crash cut inside the stock reservation: no order, the cart can be completed again", async () => {
      const s = await shop(api, container)
      const email = "terputus-stok@pembeli.test"
      const cart = await readyCart(s, email)
      const before = await stockOf(cart.cartId)

      // The order is written and linked, the cart marked completed; the reservation never comes.
      const run = await freezeCheckout(cart.cartId, reserveInventoryStepId, async () => (await ordersOf(email)).length === 1 && (await cartState(cart.cartId)).completed)
      const [order] = await ordersOf(email)
      expect((await stockOf(cart.cartId)).reserved).toBe(before.reserved)

      // A live run is left alone: it started moments ago.
      expect(await repairInterruptedCheckouts(container)).toEqual(nothing)

      await restart(run)
      expect(await verifyGreen(container)).toBe(false)
      expect(await repairInterruptedCheckouts(container)).toEqual({ ...nothing, reverted: [cart.cartId] })

      // Absent: the order is gone, the cart open, the run closed.
      expect(await container.resolve(Modules.ORDER).listOrders({ id: order.id })).toEqual([])
      expect(await cartState(cart.cartId)).toEqual({ completed: false, orderIds: [] })
      expect((await stockOf(cart.cartId)).reserved).toBe(before.reserved)
      expect(await runState(run.id)).toBe("reverted")
      expect(await verifyGreen(container)).toBe(true)

      // Once: a second repair finds nothing, and the shopper completes the same cart.
      expect(await repairInterruptedCheckouts(container)).toEqual(nothing)
      const again = await s.complete(cart.cartId)
      expect(again.status, JSON.stringify(again.data)).toBe(200)
      expect(again.data.type).toBe("order")
      expect((await stockOf(cart.cartId)).reserved).toBe(before.reserved + 1)
      expect(await cartState(cart.cartId)).toEqual({ completed: true, orderIds: [again.data.order.id] })
    })

    it("undoes a checkout a crash cut before the cart was marked completed: the stock it reserved is free again", async () => {
      const s = await shop(api, container)
      const email = "terputus-keranjang@pembeli.test"
      const cart = await readyCart(s, email)
      const before = await stockOf(cart.cartId)

      // Beside the frozen step, the batch's reservation was written: one unit held for an order nobody will pay.
      const run = await freezeCheckout(cart.cartId, "update-carts", async () => (await stockOf(cart.cartId)).reserved === before.reserved + 1)
      const [order] = await ordersOf(email)
      expect((await cartState(cart.cartId)).completed).toBe(false)

      await restart(run)
      expect(await verifyGreen(container)).toBe(false)
      expect(await repairInterruptedCheckouts(container)).toEqual({ ...nothing, reverted: [cart.cartId] })

      expect((await stockOf(cart.cartId)).reserved).toBe(before.reserved)
      expect(await container.resolve(Modules.ORDER).listOrders({ id: order.id })).toEqual([])
      expect(await cartState(cart.cartId)).toEqual({ completed: false, orderIds: [] })
      expect(await verifyGreen(container)).toBe(true)
      expect(await repairInterruptedCheckouts(container)).toEqual(nothing)
    })

    it("finishes a checkout a crash cut inside the payment's authorization: the order stands, reserved, paid by transfer, confirmed once", async () => {
      const s = await shop(api, container)
      const email = "terputus-bayar@pembeli.test"
      const cart = await readyCart(s, email)
      const before = await stockOf(cart.cartId)

      // Everything before the payment happened: the order, its link to the cart, its reservation.
      const run = await freezeCheckout(cart.cartId, authorizePaymentSessionStepId, async () => (await stockOf(cart.cartId)).reserved === before.reserved + 1 && (await cartState(cart.cartId)).completed)
      const half = await cartState(cart.cartId)
      expect(half.orderIds).toHaveLength(1)
      expect((await s.orderState(cart.cartId)).payments).toEqual([])

      await restart(run)
      expect(await verifyGreen(container)).toBe(false)
      expect(await repairInterruptedCheckouts(container)).toEqual({ ...nothing, completed: [cart.cartId] })

      // Whole: the same order, its transfer authorized, its stock still reserved, the run closed.
      expect(await cartState(cart.cartId)).toEqual(half)
      const state = await s.orderState(cart.cartId)
      expect(state.payments).toHaveLength(1)
      expect(state.collectionStatus).toBe("authorized")
      expect((await stockOf(cart.cartId)).reserved).toBe(before.reserved + 1)
      expect(await runState(run.id)).toBe("done")
      // order.placed went out again: one confirmation.
      const confirmations = await eventually(
        () => container.resolve(Modules.NOTIFICATION).listNotifications({ resource_id: half.orderIds[0], trigger_type: "order.placed" }),
        (rows) => rows.length > 0
      )
      expect(confirmations).toHaveLength(1)
      expect(await verifyGreen(container)).toBe(true)

      // Once: a second repair finds nothing; completing the cart again answers with the same order.
      expect(await repairInterruptedCheckouts(container)).toEqual(nothing)
      const again = await s.complete(cart.cartId)
      expect(again.data.order?.id).toBe(half.orderIds[0])
    })

    it("never undoes a sale captured and fulfilled since, even when its run's row was left unfinished", async () => {
      const s = await shop(api, container)
      const email = "selesai-terkirim@pembeli.test"
      const cart = await readyCart(s, email)
      const placed = await s.complete(cart.cartId)
      expect(placed.status, JSON.stringify(placed.data)).toBe(200)
      const orderId: string = placed.data.order.id
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["items.id", "items.detail.quantity", "items.product_id", "payment_collections.payments.id"],
        filters: { id: orderId },
      })
      const order = data[0] as any
      await capturePaymentWorkflow(container).run({ input: { payment_id: order.payment_collections[0].payments[0].id } })
      // Packed by its cohort, as the coordinator portal does.
      const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["cohort.id"], filters: { id: order.items[0].product_id } })
      await fulfilCohortLinesWorkflow(container).run({
        input: { order_id: orderId, cohort_id: (products[0] as any).cohort.id, items: order.items.map((i: any) => ({ line_item_id: i.id, quantity: Number(i.detail.quantity) })) },
      })
      // The fulfillment used the reservation: read alone, the data looks like a run cut before its reservation.
      expect(await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })).toEqual([])

      // The process died after the run's last step and before its end checkpoint: the row stays "not_started".
      const [row] = (await container.resolve(Modules.WORKFLOW_ENGINE).listWorkflowExecutions({ workflow_id: completeCartWorkflowId }, { select: ["id", "transaction_id", "context"] })).filter(
        (r) => (r.context as { data?: { payload?: { id?: string } } } | null)?.data?.payload?.id === cart.cartId
      )
      await pg().raw("update workflow_execution set state = 'not_started', updated_at = updated_at - interval '11 minutes' where id = ?", [row.id])
      expect(await verifyGreen(container)).toBe(false)

      expect(await repairInterruptedCheckouts(container)).toEqual({ ...nothing, completed: [cart.cartId] })
      // The sale stands as it was: the order, its link to the cart, its capture; the run closed.
      expect(await container.resolve(Modules.ORDER).listOrders({ id: orderId }, { select: ["id"] })).toHaveLength(1)
      expect(await cartState(cart.cartId)).toEqual({ completed: true, orderIds: [orderId] })
      const state = await s.orderState(cart.cartId)
      expect(state.payments).toHaveLength(1)
      expect(state.captures).toHaveLength(1)
      expect(await runState(row.id)).toBe("done")
      expect(await repairInterruptedCheckouts(container)).toEqual(nothing)
    })
  },
})
