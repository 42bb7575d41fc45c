import { describe, expect, it } from "vitest"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { sql } from "../http/helpers/database"
import { emailsTo, waitForEmails } from "../http/helpers/outbox"
import { captureVia, logCount, operatorToken, placeOrderVia, PROCESSES, runScheduledJobNow, SERVERS, variantIdBySku } from "./topology"

// Two backend servers and one worker share PostgreSQL and Redis (event bus,
// workflow engine, locking, caching), as in docker-compose.yml. Orders placed
// and captured through both servers at once must each be handled exactly once
// by whoever takes the event: one allocation, one FEFO draw, one confirmation.

const ORDERS_PER_SERVER = 3
const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 500))
  }
}

describe("two servers and a worker on Redis", () => {
  it("orders placed and captured through both servers at once are allocated, drawn and confirmed exactly once", async () => {
    // Three food products of the seed: each has production batches to draw from.
    const variants = await Promise.all(
      PRODUCTS.slice(0, 3).map((p) => variantIdBySku(SERVERS[0]!, p.handle, p.variants[0]!.sku))
    )
    const run = Date.now().toString(36)
    const plans = SERVERS.flatMap((server, s) =>
      Array.from({ length: ORDERS_PER_SERVER }, (_, i) => ({
        server,
        // Captured through the other server: no process sees a whole order's life.
        captureServer: SERVERS[1 - s]!,
        email: `skala-${run}-${s}-${i}@pembeli.test`,
        variantId: variants[i % variants.length]!,
        quantity: 1 + (i % 2),
      }))
    )
    const tokens = await Promise.all(SERVERS.map((server) => operatorToken(server)))
    const orders = await Promise.all(
      plans.map(async (plan) => {
        const id = await placeOrderVia(plan.server, plan.email, plan.variantId, plan.quantity)
        await captureVia(plan.captureServer, tokens[SERVERS.indexOf(plan.captureServer)]!, id)
        return { ...plan, id }
      })
    )

    for (const order of orders) {
      const confirmations = await waitForEmails(order.email, "order-confirmation")
      expect(confirmations, order.email).toHaveLength(1)
      const drawn = await until(
        async () => (await sql("select coalesce(sum(quantity), 0)::int as units from batch_draw where order_id = $1 and deleted_at is null", [order.id])).rows[0].units as number,
        (units) => units >= order.quantity
      )
      expect(drawn, `units drawn for ${order.id}`).toBe(order.quantity)
      await until(
        async () => (await sql("select count(*)::int as n from ledger_entry where order_id = $1 and kind = 'allocation'", [order.id])).rows[0].n as number,
        (n) => n > 0
      )
    }
    // Redelivery or a second consumer would show up late: give them time, then count again.
    await new Promise((r) => setTimeout(r, 5_000))
    for (const order of orders) {
      expect(await emailsTo(order.email, "order-confirmation"), order.email).toHaveLength(1)
      const draws = await sql(
        "select line_item_id, count(*)::int as draws, sum(quantity)::int as units from batch_draw where order_id = $1 and deleted_at is null group by line_item_id",
        [order.id]
      )
      expect(draws.rows, `draws of ${order.id}`).toEqual([expect.objectContaining({ units: order.quantity })])
      const ledger = await sql(
        `select count(distinct source_id)::int as captures, sum(amount)::int as total
           from ledger_entry where order_id = $1 and kind = 'allocation' and deleted_at is null`,
        [order.id]
      )
      const net = await sql(
        `select coalesce(sum(li.unit_price * oi.quantity), 0)::int as net
           from order_item oi join order_line_item li on li.id = oi.item_id
          where oi.order_id = $1 and oi.deleted_at is null`,
        [order.id]
      )
      // One allocation (one capture as its source), adding up to the goods' revenue to the rupiah.
      expect(ledger.rows[0], `ledger of ${order.id}`).toEqual({ captures: 1, total: net.rows[0].net })
    }
  })

  it("the hourly expiry job runs once, in the worker, not in the servers", async () => {
    // A batch of a product no order above drew from, made to have expired yesterday.
    const batch = (
      await sql(
        `select b.id, b.remaining_quantity, b.inventory_item_id, b.location_id from production_batch b
          where b.expiry_date is not null and b.expired_at is null and b.remaining_quantity > 0 and b.deleted_at is null
            and not exists (select 1 from batch_draw d where d.batch_id = b.id)
          order by b.id limit 1`
      )
    ).rows[0]
    expect(batch, "a seeded food batch with stock").toBeTruthy()
    await sql("update production_batch set expiry_date = now() - interval '1 day' where id = $1", [batch.id])
    const level = "select stocked_quantity::int as stocked from inventory_level where inventory_item_id = $1 and location_id = $2 and deleted_at is null"
    const before = (await sql(level, [batch.inventory_item_id, batch.location_id])).rows[0].stocked as number
    const line = "Expired stock written off"
    const logged = () => PROCESSES.map((name) => logCount(name, line))
    expect(logged()).toEqual([0, 0, 0])

    await runScheduledJobNow("expire-production-batches")
    const expired = await until(
      async () => (await sql("select expired_at, expired_quantity::int as units from production_batch where id = $1", [batch.id])).rows[0],
      (row) => row.expired_at !== null
    )
    expect(expired.units).toBe(batch.remaining_quantity)
    await new Promise((r) => setTimeout(r, 3_000))
    // Written off once: a second run would find the batch expired and log nothing, so the stock is the proof too.
    expect((await sql(level, [batch.inventory_item_id, batch.location_id])).rows[0].stocked).toBe(before - batch.remaining_quantity)
    expect(logged(), "server-a, server-b, worker").toEqual([0, 0, 1])
  })
})
