import { afterAll, describe, expect, it } from "vitest"
import { sql } from "../helpers/database"
import { capturedSale, jakartaThisMonth, runPayout } from "../helpers/payouts"
import { ledgerVerify } from "../helpers/revenue-share"
import { spareBackend, type SpareBackend } from "../helpers/spare-backend"

// Crash mid-payout: a second server of the built backend is killed with
// SIGKILL while it writes a payout run's statements, at a few moments into the
// request. What it leaves is a whole run (every statement with all its
// entries, totals matching) or none, never an entry paid out twice; the next
// run, on the test marketplace's own server, pays what is left and
// ledger:verify is green. Product 10 (sambal tempe kering), bought by no other suite.

const KILL_AFTER_MS = [60, 250, 700]

/** Runs whose statements are not whole: a statement without entries, or a total its entries do not make. */
async function brokenRuns() {
  const { rows } = await sql(
    `select r.id, s.id as statement_id, s.total, coalesce(sum(e.amount), 0)::bigint as sum, count(e.id)::int as entries
       from payout_run r
       left join payout_statement s on s.run_id = r.id and s.deleted_at is null
       left join payout_statement_entry e on e.statement_id = s.id and e.deleted_at is null
      where r.deleted_at is null
      group by r.id, s.id, s.total
     having s.id is null or count(e.id) = 0 or s.total <> coalesce(sum(e.amount), 0)`
  )
  return rows
}

describe("a backend killed with SIGKILL while a payout run writes its statements", () => {
  let spare: SpareBackend | undefined
  afterAll(async () => spare?.kill())

  it("leaves each run whole or absent; the next run pays the rest and ledger:verify is green", { timeout: 600_000 }, async () => {
    spare = await spareBackend("crash-payout")
    for (const delay of KILL_AFTER_MS) {
      await capturedSale([10])
      await spare.start()
      const token = await spare.operatorToken()
      const runsBefore = (await sql(`select count(*)::int as n from payout_run`)).rows[0].n
      const request = spare.call(`/admin/payouts`, { token, body: { period: jakartaThisMonth() } }).catch(() => null)
      await new Promise((r) => setTimeout(r, delay))
      await spare.kill()
      await request
      const runsAfter = (await sql(`select count(*)::int as n from payout_run`)).rows[0].n
      expect(runsAfter - runsBefore, `killed after ${delay} ms`).toBeLessThanOrEqual(1)
      expect(await brokenRuns(), `killed after ${delay} ms`).toEqual([])
      // No ledger entry in two statements.
      expect((await sql(`select ledger_entry_id from payout_statement_entry where deleted_at is null group by 1 having count(*) > 1`)).rows).toEqual([])
    }

    // The next run, on the marketplace's own server, pays what is still open (or finds nothing left).
    const next = await runPayout()
    expect([201, 200], JSON.stringify(next.body)).toContain(next.status)
    // ledger:verify also proves no payout-bucket entry is lost: each is in a statement or still open for a later run.
    const verify = await ledgerVerify()
    expect(verify.output).toMatch(/ledger:verify OK/)
    expect(verify.status).toBe(0)
  })
})
