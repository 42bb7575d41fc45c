import { describe, expect, it } from "vitest"
import { sql } from "../helpers/database"
import { variantOf } from "../helpers/customers"
import { runPayout } from "../helpers/payouts"
import { allocated, capture, ledgerVerify, placeBankTransferOrder, waitForShares } from "../helpers/revenue-share"

// Product 19 (Lapas Palembang eceng gondok), used by no other suite.
// Each check boots Medusa once (`medusa exec`), hence the long timeouts.
describe("npm run ledger:verify", () => {
  it("passes on the test marketplace, fails on a bad entry and names its order, passes once it is gone", { timeout: 300_000 }, async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(19), quantity: 1 }])
    await capture(order.id)
    await waitForShares(order.id, allocated)

    const good = await ledgerVerify()
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
      const bad = await ledgerVerify()
      expect(bad.status).not.toBe(0)
      expect(bad.output).toMatch(/ledger:verify FAILED/)
      expect(bad.output).toContain(order.id)
      expect(bad.output).toMatch(/more than one capture/)
    } finally {
      await sql(`delete from ledger_entry where id = $1`, [id])
    }
    expect((await ledgerVerify()).status).toBe(0)
  })

  it("checks payout statements against the ledger: names a tampered statement by id and participant code, passes once it is gone", { timeout: 300_000 }, async () => {
    const order = await placeBankTransferOrder([{ variantId: await variantOf(19), quantity: 1 }])
    await capture(order.id)
    await waitForShares(order.id, allocated)
    const [share] = (await sql(`select * from ledger_entry where order_id = $1 and bucket = 'participants' order by id limit 1`, [order.id])).rows
    const [platform] = (await sql(`select * from ledger_entry where order_id = $1 and bucket = 'platform'`, [order.id])).rows

    // A real run pays the participant's share; the statements it wrote pass.
    const paid = await runPayout()
    expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    const own = paid.body.payout_run.statements.find((s: { party_id: string }) => s.party_id === share.party_id)
    expect(own.party_label).toMatch(/^KB-[A-Z]{3}-\d{4}$/)
    const good = await ledgerVerify()
    expect(good.output).toMatch(/ledger:verify OK: .* \d+ payout statements/)
    expect(good.status).toBe(0)

    // A statement written behind the run's back: the participant's, marked paid without a reference,
    // holding the order's platform share, with a total one rupiah over it.
    const statementId = `paystm_uji_${Date.now()}`
    const entryId = `paysen_uji_${Date.now()}`
    await sql(
      `insert into payout_statement (id, run_id, party_type, party_id, cohort_id, total, status) values ($1, $2, 'participant', $3, $4, $5, 'paid')`,
      [statementId, paid.body.payout_run.id, share.party_id, share.cohort_id, platform.amount + 1]
    )
    await sql(
      `insert into payout_statement_entry (id, statement_id, ledger_entry_id, amount, bucket, kind, order_id, line_item_id, occurred_at)
       values ($1, $2, $3, $4, 'participants', 'allocation', $5, $6, $7)`,
      [entryId, statementId, platform.id, platform.amount, order.id, platform.line_item_id, platform.occurred_at]
    )
    try {
      const bad = await ledgerVerify()
      expect(bad.status).not.toBe(0)
      expect(bad.output).toMatch(/ledger:verify FAILED: 4 problems, in 0 orders and 1 statements/)
      const named = `statement ${statementId} (${own.party_label}): `
      expect(bad.output).toContain(`${named}holds ledger entry ${platform.id} of platform for Platform, not this statement's party`)
      expect(bad.output).toContain(`${named}total ${platform.amount + 1}, but its entries' ledger amounts sum to ${platform.amount}`)
      expect(bad.output).toContain(`${named}paid without a reference and a paid date`)
      expect(bad.output).toContain(`${named}entry ${entryId} differs from ledger entry ${platform.id} in bucket`)
    } finally {
      await sql(`delete from payout_statement where id = $1`, [statementId])
    }
    expect((await ledgerVerify()).status).toBe(0)
  })
})
