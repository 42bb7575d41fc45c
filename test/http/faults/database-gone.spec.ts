import { afterAll, describe, expect, it } from "vitest"
import { variantOf } from "../helpers/customers"
import { databaseRelay, type DatabaseCut } from "../helpers/database-cut"
import { env } from "../helpers/env"
import { sql } from "../helpers/database"
import { allocated, orderPayment, placeBankTransferOrder, revenueShares, waitForShares } from "../helpers/revenue-share"
import { spareBackend, type SpareBackend } from "../helpers/spare-backend"

// PostgreSQL gone for a few seconds under traffic: a second server of the
// built backend reaches the test marketplace's database through a relay that
// the test cuts (every connection reset, new ones refused) for 6 s and then
// restores. Meanwhile requests fail with 503 and a message, never 500; a
// capture sent into the outage writes nothing; the same server (no restart)
// answers again once the database is back. Product 9 (kerupuk tempe), bought by no other suite.

const OUTAGE_MS = 6_000
type Outcome = { at: number; status: number; body: any }

describe("the database gone for a few seconds", () => {
  let relay: DatabaseCut | undefined
  let spare: SpareBackend | undefined
  afterAll(async () => {
    await spare?.kill()
    await relay?.close()
  })

  it("requests fail with 503 and a message, nothing is half-written, and the backend recovers without a restart", { timeout: 600_000 }, async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(9), quantity: 1 }])
    const payment = await orderPayment(order.id)
    relay = await databaseRelay(process.env.TEST_DATABASE_URL!)
    spare = await spareBackend("database-gone", relay.url)
    await spare.start()
    const token = await spare.operatorToken()
    const browse = () => spare!.call(`/store/products?limit=2&fields=id,title`, { headers: { "x-publishable-api-key": env.publishableKey } })
    expect((await browse()).status).toBe(200)

    // Traffic: three browsers and a cart maker, all the time.
    const outcomes: Outcome[] = []
    let running = true
    const traffic = [0, 1, 2, 3].map(async (n) => {
      while (running) {
        const started = Date.now()
        const res = await (n === 3
          ? spare!.call(`/store/carts`, { body: {}, headers: { "x-publishable-api-key": env.publishableKey } })
          : browse()
        ).catch((e) => ({ status: 0, body: String(e) }))
        outcomes.push({ at: started, ...res })
        await new Promise((r) => setTimeout(r, 100))
      }
    })
    await new Promise((r) => setTimeout(r, 1_000))

    relay.cut()
    const cutAt = Date.now()
    await new Promise((r) => setTimeout(r, 1_000))
    // A capture sent into the outage.
    const capture = await spare.call(`/admin/payments/${payment.id}/capture`, { token, body: {} })
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))))
    relay.restore()
    const restoredAt = Date.now()

    // Recovery without a restart: the same process answers again.
    let recovered = false
    while (!recovered && Date.now() - restoredAt < 60_000) {
      recovered = (await browse()).status === 200
      if (!recovered) await new Promise((r) => setTimeout(r, 500))
    }
    running = false
    await Promise.all(traffic)
    expect(recovered, "the backend did not answer 200 within 60 s of the database coming back").toBe(true)

    const during = outcomes.filter((o) => o.at > cutAt + 500 && o.at < restoredAt - 500)
    expect(during.length).toBeGreaterThan(0)
    const failed = outcomes.filter((o) => o.status !== 200)
    // Every failure is a 503 with a message a person can act on; no 500, no dropped connection.
    for (const o of failed) {
      expect(o.status, JSON.stringify(o.body)).toBe(503)
      expect(o.body).toEqual(expect.objectContaining({ type: "database_unavailable", message: expect.stringMatching(/Basis data .*Try again in a few seconds/) }))
    }
    expect(failed.length, "no request failed while the database was gone").toBeGreaterThan(0)
    expect(capture.status, JSON.stringify(capture.body)).toBe(503)

    // Nothing half-written: the capture sent into the outage left no capture, no ledger entry.
    const captures = await sql(`select count(*)::int as n from capture where payment_id = $1`, [payment.id])
    expect(captures.rows[0].n).toBe(0)
    expect((await revenueShares(order.id)).lines.flatMap((l) => l.entries)).toEqual([])
    // And once back, the same capture through the same server goes through and is allocated once.
    const again = await spare.call(`/admin/payments/${payment.id}/capture`, { token, body: {} })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const shares = await waitForShares(order.id, allocated)
    expect(allocated(shares)).toBe(true)
    expect(new Set(shares.lines.flatMap((l) => l.entries.filter((e) => e.kind === "allocation").map((e) => e.id))).size).toBeGreaterThan(0)
  })
})
