import { afterAll, describe, expect, it } from "vitest"
import { variantOf } from "../helpers/customers"
import { sql } from "../helpers/database"
import { ledgerVerify, orderPayment, placeBankTransferOrder } from "../helpers/revenue-share"
import { spareBackend, type SpareBackend } from "../helpers/spare-backend"

// Crash mid-money: a second server of the built backend on the test
// marketplace's database captures a burst of bank transfers and is killed with
// SIGKILL as soon as the first capture answers, so payment.captured dies with
// it for the captures still in flight. After a restart the reconciliation
// (`npm run ledger:verify -- --repair`, the workflow the scheduled
// reconcile-order-allocations job runs) allocates what was lost, once.
// Product 7 (keripik tempe, 140 units), bought by no other suite.

const BURST = 8

/** Captured orders among `ids` and, per order, how many captures its allocation entries name (0 = not allocated). */
async function allocationSources(ids: string[]) {
  const { rows } = await sql(
    `select o.id, count(distinct le.source_id)::int as sources, count(le.id)::int as entries
       from "order" o
       join order_payment_collection opc on opc.order_id = o.id
       join payment p on p.payment_collection_id = opc.payment_collection_id and p.captured_at is not null
       left join ledger_entry le on le.order_id = o.id and le.kind = 'allocation' and le.deleted_at is null
      where o.id = any($1)
      group by o.id`,
    [ids]
  )
  return new Map(rows.map((r) => [r.id as string, { sources: r.sources as number, entries: r.entries as number }]))
}

describe("a backend killed with SIGKILL during a burst of captures", () => {
  let spare: SpareBackend | undefined
  afterAll(async () => spare?.kill())

  it("loses no allocation: after a restart the repair allocates each captured order exactly once and ledger:verify is green", { timeout: 600_000 }, async () => {
    const variantId = await variantOf(7)
    const orders = []
    for (let i = 0; i < BURST; i++) orders.push(await placeBankTransferOrder([{ variantId, quantity: 1 }]))
    const payments = await Promise.all(orders.map((o) => orderPayment(o.id)))

    spare = await spareBackend("crash-captures")
    await spare.start()
    const token = await spare.operatorToken()
    // The burst: every capture at once; the first answer pulls the plug.
    let killed: Promise<void> | undefined
    const answers = await Promise.allSettled(
      payments.map(async (p) => {
        const res = await spare!.call(`/admin/payments/${p.id}/capture`, { token, body: {} })
        if (res.status === 200) killed ??= spare!.kill()
        return res.status
      })
    )
    await (killed ?? spare.kill())
    expect(answers.some((a) => a.status === "fulfilled" && a.value === 200), JSON.stringify(answers)).toBe(true)

    const ids = orders.map((o) => o.id)
    const before = await allocationSources(ids)
    const captured = [...before.keys()]
    // The crash really cut something: a captured order without its allocation (else this test would prove nothing).
    expect([...before.values()].filter((a) => a.sources === 0).length, JSON.stringify([...before])).toBeGreaterThan(0)
    // ledger:verify names the gap, unless the test marketplace's own server (same database) ran the
    // scheduled reconciliation in between and closed it already: then every order has its allocation.
    const verified = await ledgerVerify()
    if (verified.status === 0) {
      const now = await allocationSources(ids)
      expect([...now.values()].filter((a) => a.sources === 0), "ledger:verify was green with a capture unallocated").toEqual([])
    }

    // Restart, then the operator's repair.
    await spare.start()
    const repaired = await ledgerVerify(["--repair"])
    // (The scheduled job on the test marketplace's server may have closed the gap first: then the repair finds less to do.)
    expect(repaired.output).toMatch(/ledger:verify repair: \d+ captured order\(s\) without allocation allocated now/)
    expect(repaired.output).toMatch(/ledger:verify OK/)
    expect(repaired.status).toBe(0)

    const after = await allocationSources(captured)
    for (const id of captured) expect(after.get(id), id).toEqual(expect.objectContaining({ sources: 1 }))
    // Running it again changes nothing: the reconciliation is idempotent.
    const again = await ledgerVerify(["--repair"])
    expect(again.output).toMatch(/ledger:verify repair: 0 captured order\(s\) without allocation allocated now/)
    expect(again.status).toBe(0)
    expect(await allocationSources(captured)).toEqual(after)
  })
})
