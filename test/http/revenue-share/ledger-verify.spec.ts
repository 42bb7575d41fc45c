import { describe, expect, it } from "vitest"
import { sql } from "../helpers/database"
import { variantOf } from "../helpers/customers"
import { allocated, capture, ledgerVerify, placeBankTransferOrder, waitForShares } from "../helpers/revenue-share"

// Product 19 (Lapas Palembang eceng gondok), used by no other suite.
describe("npm run ledger:verify", () => {
  it("passes on the test marketplace, fails on a bad entry and names its order, passes once it is gone", async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(19), quantity: 1 }])
    await capture(order.id)
    await waitForShares(order.id, allocated)

    const good = ledgerVerify()
    expect(good.output).toMatch(/ledger:verify OK/)
    expect(good.status).toBe(0)

    // One rupiah too many on the order's platform share: a line no longer sums to its revenue.
    const [entry] = (await sql(`select * from ledger_entry where order_id = $1 and bucket = 'platform'`, [order.id])).rows
    const id = `lgent_uji_${Date.now()}`
    await sql(
      `insert into ledger_entry (id, order_id, line_item_id, cohort_id, sales_channel_id, rule_id, rule_version, bucket, party_type, party_id, amount, kind, source_id, occurred_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'platform', 'platform', 'platform', 1, 'allocation', 'capt_uji_ganda', now())`,
      [id, order.id, entry.line_item_id, entry.cohort_id, entry.sales_channel_id, entry.rule_id, entry.rule_version]
    )
    try {
      const bad = ledgerVerify()
      expect(bad.status).not.toBe(0)
      expect(bad.output).toMatch(/ledger:verify FAILED/)
      expect(bad.output).toContain(order.id)
      expect(bad.output).toMatch(/more than one capture/)
    } finally {
      await sql(`delete from ledger_entry where id = $1`, [id])
    }
    expect(ledgerVerify().status).toBe(0)
  })
})
