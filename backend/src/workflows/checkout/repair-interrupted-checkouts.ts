import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, OrderWorkflowEvents, PaymentSessionStatus } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { linkPickupOutlet } from "../pickup/link-pickup-outlet"
import { closeRun, INTERRUPTED_AFTER_MS, staleRuns, UNFINISHED, type StaleRun } from "../repair/interrupted-runs"

export type RepairedCheckouts = {
  /** Carts whose checkout was finished: everything before the payment was written and the payment is authorized; the order stands. */
  completed: string[]
  /** Carts whose checkout was undone: no order, no reservation, the cart open to be completed again. */
  reverted: string[]
  failed: { cart_id: string; transaction_id: string; message: string }[]
}

/**
 * Checkouts a crash cut short (issue 14, faults). Medusa's complete-cart
 * creates the order, then in one parallel batch links it to the cart and the
 * payment collection, marks the cart completed and reserves the stock, and
 * only then authorizes the payment. A process killed in there leaves an order
 * without its reservation (stock that can be sold twice), a reservation whose
 * order no one will pay (stock that can never be sold), or a completed cart
 * whose payment was never authorized. Its steps are not checkpointed (only
 * the run's start and end reach workflow_execution), so a crashed run is a
 * row that stays unfinished with no process behind it, and what it wrote is
 * read from the data itself:
 * - the run got through everything before the payment (order linked to the
 *   cart, cart completed, every stocked line reserved): the payment is
 *   authorized now, as the run would have (a bank transfer at once, a card or
 *   QRIS only if the shopper had paid). If it authorizes, the order stands:
 *   the pickup outlet is linked and `order.placed` sent again (its
 *   subscribers are idempotent: one confirmation, one batch draw);
 * - its order was captured or fulfilled since (the run died after its last
 *   step, before the end checkpoint): the sale stands, finished as above;
 * - otherwise the checkout is undone as Medusa's compensation would have:
 *   reservations deleted, links dismissed, the order deleted, the cart
 *   reopened, and the shopper can complete it again.
 * The run's row is then closed so a second repair finds nothing.
 * Run by the scheduled job and by `npm run ledger:verify -- --repair`.
 */
/** Checkout runs left unfinished past INTERRUPTED_AFTER_MS: what ledger:verify names and the repair takes. */
export function interruptedCheckouts(container: MedusaContainer, now = new Date(), interruptedAfterMs = INTERRUPTED_AFTER_MS): Promise<StaleRun<{ id?: string }>[]> {
  return staleRuns<{ id?: string }>(container, completeCartWorkflowId, now, interruptedAfterMs, UNFINISHED)
}

export async function repairInterruptedCheckouts(container: MedusaContainer, now = new Date(), interruptedAfterMs = INTERRUPTED_AFTER_MS): Promise<RepairedCheckouts> {
  const outcome: RepairedCheckouts = { completed: [], reverted: [], failed: [] }
  for (const run of await interruptedCheckouts(container, now, interruptedAfterMs)) {
    const cartId = run.input?.id ?? ""
    try {
      if (!cartId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the run's cart is not in its checkpoint")
      const ended = await repairRun(container, run, cartId)
      await closeRun(container, run, ended)
      outcome[ended].push(cartId)
    } catch (error) {
      outcome.failed.push({ cart_id: cartId, transaction_id: run.transaction_id, message: error instanceof Error ? error.message : String(error) })
    }
  }
  return outcome
}

async function repairRun(container: MedusaContainer, run: StaleRun<unknown>, cartId: string): Promise<"completed" | "reverted"> {
  const written = await writtenByRun(container, cartId, run.started_at)
  // Killed before its order (the locks it held were in memory, or expire), or its order since canceled
  // (a consignment sale whose report was reverted): nothing of it stands.
  if (!written || written.canceled) return "reverted"
  // An order captured or fulfilled since is a sale whatever its run's row says (the run died after its
  // last step, before its end checkpoint): it stands, never undone.
  if (written.movedOn || (written.beforePayment && (await authorizeNow(container, cartId)))) {
    await linkPickupOutlet(container, cartId, written.orderId)
    await container.resolve(Modules.EVENT_BUS).emit({ name: OrderWorkflowEvents.PLACED, data: { id: written.orderId } })
    return "completed"
  }
  await undo(container, cartId, written)
  return "reverted"
}

/** What a run wrote: its order, the order's lines and payment collections, whether every step before the payment landed, and whether the order was paid or sent since. */
type Written = { orderId: string; canceled: boolean; lineIds: string[]; paymentCollectionIds: string[]; beforePayment: boolean; movedOn: boolean }

type OrderRow = {
  id: string
  status: string
  items?: ({ id: string; variant?: { manage_inventory?: boolean; inventory_items?: unknown[] | null } | null } | null)[] | null
  payment_collections?: ({ id: string; payments?: ({ captured_at?: unknown } | null)[] | null } | null)[] | null
  fulfillments?: ({ id: string } | null)[] | null
}

/**
 * The order this run created: the one linked to the cart or, when the crash
 * came before the link, an order for the cart's email in its channel, placed
 * since the run began, that no cart claims. An order placed by a later,
 * successful completion of the same cart is claimed by it, and so found only
 * as the linked order of a completed cart, whose run finished: its own.
 */
async function writtenByRun(container: MedusaContainer, cartId: string, startedAt: Date): Promise<Written | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: cartId } })
  const cart = carts[0] as { completed_at?: Date | string | null; order?: { id: string } | null } | undefined
  if (!cart) return null
  let orderId = cart.order?.id
  if (!orderId) {
    const { rows } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
      `select o.id from "order" o join cart c on c.id = ?
        where o.email = c.email and o.sales_channel_id is not distinct from c.sales_channel_id
          and o.created_at >= ? and o.deleted_at is null and o.is_draft_order = false
          and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)
        order by o.created_at limit 1`,
      [cartId, startedAt]
    )
    orderId = (rows as { id: string }[])[0]?.id
  }
  if (!orderId) return null
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
      "payment_collections.id",
      "payment_collections.payments.captured_at",
      "fulfillments.id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) return null
  const lines = (order.items ?? []).flatMap((i) => (i ? [i] : []))
  const stocked = lines.filter((i) => i.variant?.manage_inventory && (i.variant.inventory_items ?? []).length).map((i) => i.id)
  const reserved = stocked.length
    ? new Set((await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: stocked }, { select: ["line_item_id"] })).map((r) => r.line_item_id))
    : new Set<string | null | undefined>()
  const paymentCollectionIds = (order.payment_collections ?? []).flatMap((c) => (c ? [c.id] : []))
  return {
    orderId,
    canceled: order.status === "canceled",
    lineIds: lines.map((i) => i.id),
    paymentCollectionIds,
    beforePayment: !!cart.completed_at && cart.order?.id === orderId && paymentCollectionIds.length > 0 && stocked.every((id) => reserved.has(id)),
    movedOn:
      (order.fulfillments ?? []).some(Boolean) || (order.payment_collections ?? []).some((c) => (c?.payments ?? []).some((p) => !!p?.captured_at)),
  }
}

/**
 * Authorizes the cart's payment session as complete-cart's last step would
 * (a session already authorized keeps its payment). False when it cannot:
 * the checkout is then undone.
 */
async function authorizeNow(container: MedusaContainer, cartId: string): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["payment_collection.payment_sessions.id"], filters: { id: cartId } })
  const sessionId: string | undefined = data[0]?.payment_collection?.payment_sessions?.[0]?.id
  if (!sessionId) return false
  const payments = container.resolve(Modules.PAYMENT)
  try {
    await payments.authorizePaymentSession(sessionId, {})
  } catch {
    // Refused now (the card or QR was never paid): read the session's state below.
  }
  const session = await payments.retrievePaymentSession(sessionId, { relations: ["payment"] })
  return session.status === PaymentSessionStatus.AUTHORIZED && !!session.payment
}

/**
 * The checkout undone as Medusa's compensation would: the order's
 * reservations (stock free again), its links to the cart and the payment
 * collection, the order itself, and the cart's completion.
 */
async function undo(container: MedusaContainer, cartId: string, written: Written): Promise<void> {
  if (written.lineIds.length) {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ line_item_id: written.lineIds }, { select: ["id"] })
    if (reservations.length) await inventory.deleteReservationItems(reservations.map((r) => r.id))
  }
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss([
    { [Modules.ORDER]: { order_id: written.orderId }, [Modules.CART]: { cart_id: cartId } },
    ...written.paymentCollectionIds.map((payment_collection_id) => ({ [Modules.ORDER]: { order_id: written.orderId }, [Modules.PAYMENT]: { payment_collection_id } })),
  ])
  await container.resolve(Modules.ORDER).deleteOrders([written.orderId])
  await container.resolve(Modules.CART).updateCarts([{ id: cartId, completed_at: null }])
}
