import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { api } from "./api"
import { checkoutCart, completeCart } from "./checkout"
import { coordinatorOf, type DemoCoordinator } from "./coordinators"
import { unique } from "./actors"
import { variantOf } from "./customers"
import { capture } from "./revenue-share"

const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar date `days` from today, as the batch form sends it (2026-11-23). */
export function dateIn(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
}

export type Participant = { id: string; code: string; display_name: string | null; active: boolean; cohort_id: string }

export async function participantsOf(c: DemoCoordinator, cohortId = c.cohortId): Promise<Participant[]> {
  const res = await api(`/coordinator/participants?cohort_id=${cohortId}`, { token: c.token })
  if (res.status !== 200) throw new Error(`Listing participants failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.participants
}

/** Records a batch for the coordinator's cohort; returns the raw response. */
export async function recordBatch(c: DemoCoordinator, body: Record<string, unknown>) {
  return api("/coordinator/batches", { token: c.token, body: { cohort_id: c.cohortId, ...body } })
}

/** A valid food batch body for a variant: made yesterday, made by the cohort's first participant. */
export async function foodBatch(c: DemoCoordinator, variantId: string, quantity: number, expiresInDays: number) {
  const [maker] = await participantsOf(c)
  return {
    variant_id: variantId,
    quantity,
    batch_code: unique("UJI").toUpperCase(),
    production_date: dateIn(-1),
    expiry_date: dateIn(expiresInDays),
    contributions: [{ participant_id: maker.id, units: quantity }],
  }
}

/** A guest order placed through the store API (bank transfer) holding these lines. */
export async function placeOrderWith(lines: { variantId: string; quantity: number }[]): Promise<{ id: string; email: string; accessToken: string }> {
  const email = `${unique("produksi")}@pembeli.test`
  const cartId = await checkoutCart(email, lines)
  const done = await completeCart(cartId)
  if (done.body?.type !== "order") throw new Error(`Completing the cart failed: ${done.status} ${JSON.stringify(done.body)}`)
  // The placing browser's proof for GET /store/orders/:id (x-order-access-token).
  return { id: done.body.order.id, email, accessToken: done.body.order_access.token }
}

/** The cohort's view of one order (GET /coordinator/orders), or undefined. */
export async function cohortOrder(c: DemoCoordinator, orderId: string, cohortId = c.cohortId) {
  const res = await api(`/coordinator/orders?cohort_id=${cohortId}&limit=100`, { token: c.token })
  if (res.status !== 200) throw new Error(`Listing cohort orders failed: ${res.status} ${JSON.stringify(res.body)}`)
  return (res.body.orders as any[]).find((o) => o.id === orderId)
}

/** Waits until every line of the cohort's view of the order has batch draws (order.placed runs after the request). */
export async function waitForDraws(c: DemoCoordinator, orderId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const order = await cohortOrder(c, orderId)
    if ((order && order.items.every((i: any) => i.batches.length > 0)) || Date.now() > deadline) return order
    await new Promise((r) => setTimeout(r, 300))
  }
}

/**
 * Records of cohort A for the authorisation matrix: a participant, a batch,
 * an order holding one of A's lines, and a fulfilment A packed for it.
 */
export async function productionFixtures(a: DemoCoordinator): Promise<Record<string, string>> {
  const [participant] = await participantsOf(a)
  const batches = await api(`/coordinator/batches?cohort_id=${a.cohortId}`, { token: a.token })
  const order = await placeOrderWith([{ variantId: await variantOf(1), quantity: 1 }])
  // Paid, so the cohort may pack it.
  await capture(order.id)
  const view = await cohortOrder(a, order.id)
  const packed = await api(`/coordinator/orders/${order.id}/fulfillments`, {
    token: a.token,
    body: { cohort_id: a.cohortId, items: [{ line_item_id: view.items[0].id, quantity: 1 }] },
  })
  if (packed.status !== 201) throw new Error(`Packing failed: ${packed.status} ${JSON.stringify(packed.body)}`)
  return {
    participant: participant.id,
    batch: batches.body.batches[0].id,
    variant: batches.body.batches[0].variant_id,
    order: order.id,
    line: view.items[0].id,
    fulfillment: packed.body.fulfillment.id,
  }
}

/** A valid body for POST /coordinator/batches in cohort A (for the authorisation matrix). */
export function batchBody(cohortId: string, ids: Record<string, string>) {
  return {
    cohort_id: cohortId,
    variant_id: ids.variant,
    quantity: 1,
    batch_code: "MATRIKS-01",
    production_date: dateIn(-1),
    expiry_date: dateIn(60),
    contributions: [{ participant_id: ids.participant, units: 1 }],
  }
}

/**
 * A fresh batch of a seeded SKU, recorded by its cohort's coordinator. Browser
 * tests run after the HTTP suites on the same marketplace, and those drain or
 * pin stock (races for the last unit, FEFO): a browser test that buys tops up
 * what it buys first, the way a cohort would.
 */
export async function restock(sku: string, units: number): Promise<void> {
  const product = PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))
  if (!product) throw new Error(`The seed has no SKU ${sku}`)
  const coordinator = await coordinatorOf(product.cohort)
  const res = await api(`/store/products?handle=${product.handle}&fields=variants.id,variants.sku`)
  const variantId = res.body.products[0].variants.find((v: { sku: string }) => v.sku === sku).id as string
  const made = await recordBatch(coordinator, await foodBatch(coordinator, variantId, units, 180))
  if (made.status !== 201) throw new Error(`Restocking ${sku} failed: ${made.status} ${JSON.stringify(made.body)}`)
}
