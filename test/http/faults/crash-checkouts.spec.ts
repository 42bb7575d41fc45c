import { afterAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { checkoutCart, completeCart } from "../helpers/checkout"
import { sql } from "../helpers/database"
import { ledgerVerify } from "../helpers/revenue-share"
import { spareBackend, type SpareBackend } from "../helpers/spare-backend"

// Crash mid-checkout (issue 14, faults): a second server of the built backend
// on the test marketplace's database completes a burst of carts for the same
// product at once and is killed with SIGKILL as soon as the first completion
// answers. The carts take turns on the product's stock lock, so the next one
// is by then inside Medusa's complete-cart: its order written, its links,
// cart completion or reservation perhaps not, its payment not authorized.
// The restart minutes later is played by dating the carts' unfinished runs
// back past INTERRUPTED_AFTER_MS (10 min); `ledger:verify -- --repair` then
// finishes each checkout that got as far as the payment and undoes the rest.
// After it every cart is whole (completed, one order, its transfer authorized,
// its unit reserved) or open (no order, nothing reserved) and completes again.
//
// KB-TMW-KRS-L (keranjang serbaguna tali meiwa, L, 25 units): no other HTTP
// suite or browser test buys it (grep test/ for the SKU).

const SKU = "KB-TMW-KRS-L"
const PRODUCT = PRODUCTS.find((p) => p.variants.some((v) => v.sku === SKU))!
const BURST = 5

/** Reserved units of the SKU over all locations, from Medusa's inventory levels. */
async function reserved(variantId: string): Promise<number> {
  const { rows } = await sql(
    `select coalesce(sum(il.reserved_quantity), 0)::int as reserved
       from product_variant_inventory_item pvi join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
      where pvi.variant_id = $1 and pvi.deleted_at is null`,
    [variantId]
  )
  return rows[0].reserved
}

/** Each cart as the data has it: completed or not, its live orders, their authorized payments and reserved units. */
async function cartStates(cartIds: string[]) {
  const { rows } = await sql(
    `select c.id, c.completed_at is not null as completed,
            coalesce(json_agg(json_build_object(
              'order_id', o.id,
              'status', o.status,
              'payments', (select count(*)::int from order_payment_collection opc join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
                            where opc.order_id = o.id and opc.deleted_at is null and p.canceled_at is null),
              'reserved', (select coalesce(sum(ri.quantity), 0)::int from order_item oi join reservation_item ri on ri.line_item_id = oi.item_id and ri.deleted_at is null
                            where oi.order_id = o.id and oi.deleted_at is null)
            )) filter (where o.id is not null), '[]') as orders
       from cart c
       left join order_cart oc on oc.cart_id = c.id and oc.deleted_at is null
       left join "order" o on o.id = oc.order_id and o.deleted_at is null
      where c.id = any($1)
      group by c.id, c.completed_at`,
    [cartIds]
  )
  return new Map(rows.map((r) => [r.id as string, { completed: r.completed as boolean, orders: r.orders as { order_id: string; status: string; payments: number; reserved: number }[] }]))
}

describe("a backend killed with SIGKILL during a burst of checkouts", () => {
  let spare: SpareBackend | undefined
  afterAll(async () => spare?.kill())

  it("leaves every checkout whole or open once the repair ran; the stock reserved is the completed carts' and ledger:verify is green", { timeout: 600_000 }, async () => {
    const products = await api(`/store/products?handle=${PRODUCT.handle}&fields=variants.id,variants.sku`)
    const variantId: string = products.body.products[0].variants.find((v: { sku: string }) => v.sku === SKU).id
    const emails = Array.from({ length: BURST }, () => `${unique("terputus")}@pembeli.test`)
    const cartIds = await Promise.all(emails.map((email) => checkoutCart(email, [{ variantId, quantity: 1 }])))
    const before = await reserved(variantId)

    spare = await spareBackend("crash-checkouts")
    await spare.start()
    // The burst: every completion at once; the first answer pulls the plug.
    let killed: Promise<void> | undefined
    const answers = await Promise.allSettled(
      cartIds.map(async (id) => {
        const res = await spare!.call(`/store/carts/${id}/complete`, { method: "POST", publishable: true })
        if (res.status === 200) killed ??= spare!.kill()
        return res.status
      })
    )
    await (killed ?? spare.kill())
    expect(answers.some((a) => a.status === "fulfilled" && a.value === 200), JSON.stringify(answers)).toBe(true)

    // The restart, minutes later: the carts' unfinished runs (no process behind them now) are dated back.
    const cut = await sql(
      `update workflow_execution set updated_at = updated_at - interval '11 minutes'
        where workflow_id = 'complete-cart' and state in ('not_started', 'invoking') and context->'data'->'payload'->>'id' = any($1)
        returning context->'data'->'payload'->>'id' as cart_id`,
      [cartIds]
    )
    const halfway = await cartStates(cartIds)
    for (const row of cut.rows) console.log(`crash-checkouts: the kill cut the checkout of ${row.cart_id}: ${JSON.stringify(halfway.get(row.cart_id))}`)
    // The crash really cut checkouts (else this test would prove nothing): the carts still waiting for the lock, and the one inside.
    expect(cut.rows.length).toBeGreaterThan(0)
    // ledger:verify names them, unless the test marketplace's own server (same database) ran the
    // scheduled repair in between: then no run of these carts is left unfinished.
    const verified = await ledgerVerify()
    if (verified.status === 0) {
      const { rows } = await sql(
        `select id from workflow_execution where workflow_id = 'complete-cart' and state in ('not_started', 'invoking') and context->'data'->'payload'->>'id' = any($1)`,
        [cartIds]
      )
      expect(rows, "ledger:verify was green with a checkout unfinished").toEqual([])
    } else {
      expect(verified.output).toMatch(/its checkout stopped mid-way/)
    }

    const repaired = await ledgerVerify(["--repair"])
    expect(repaired.output).toMatch(/ledger:verify repair: \d+ checkout\(s\) a crash cut short undone now/)
    expect(repaired.output).toMatch(/ledger:verify OK/)
    expect(repaired.status).toBe(0)

    // Whole or open, cart by cart.
    const after = await cartStates(cartIds)
    let completed = 0
    for (const id of cartIds) {
      const cart = after.get(id)!
      if (cart.completed) {
        completed++
        expect(cart.orders, id).toEqual([expect.objectContaining({ payments: 1, reserved: 1 })])
        expect(cart.orders[0].status, id).not.toBe("canceled")
      } else {
        expect(cart.orders, id).toEqual([])
      }
    }
    // No order for these shoppers stands outside its cart (written before the crash, linked never).
    const { rows: strays } = await sql(
      `select o.id from "order" o where o.email = any($1) and o.deleted_at is null and o.status <> 'canceled'
          and not exists (select 1 from order_cart oc where oc.order_id = o.id and oc.deleted_at is null)`,
      [emails]
    )
    expect(strays).toEqual([])
    console.log(`crash-checkouts: ${completed} of ${BURST} checkouts whole, ${BURST - completed} open again`)
    expect(await reserved(variantId)).toBe(before + completed)

    // An open cart completes again, on the marketplace's own server; a second repair finds nothing.
    for (const id of cartIds.filter((id) => !after.get(id)!.completed)) {
      const again = await completeCart(id)
      expect(again.body?.type, JSON.stringify(again.body)).toBe("order")
    }
    expect(await reserved(variantId)).toBe(before + BURST)
    const again = await ledgerVerify(["--repair"])
    expect(again.output).toMatch(/ledger:verify repair: 0 checkout\(s\) a crash cut short undone now/)
    expect(again.output).toMatch(/ledger:verify OK/)
  })
})
