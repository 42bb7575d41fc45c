import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { nativeRequire } from "../http/native"

// How a payout run's cost grows with the ledger's history. Each round adds
// settled history (ledger entries already paid through statements, and
// platform shares that are never paid out), then a fixed number of unsettled
// entries, and runs one payout. Figures only: nothing here asserts a time.
//
//   BENCH_HISTORY   settled history to reach before each round (default 10000,50000,100000 payout-bucket entries)
//   BENCH_UNSETTLED unsettled entries per round (default 200)

const HISTORY = (process.env.BENCH_HISTORY ?? "10000,50000,100000").split(",").map(Number)
const UNSETTLED = Number(process.env.BENCH_UNSETTLED ?? 200)
const PARTIES = 50
// PostgreSQL flushes a busy connection's table statistics at most this often when it goes idle.
const STATS_SETTLE_MS = 11_000
const TABLES = ["ledger_entry", "ledger_unsettled_entry", "payout_statement_entry", "payout_statement", "payout_run"]

type Knex = { raw(sql: string, bindings?: unknown[]): Promise<{ rows: any[] }> }

/** Rows read per table so far (sequential scans plus rows fetched through indexes). */
async function rowsRead(db: Knex): Promise<Record<string, number>> {
  await new Promise((r) => setTimeout(r, STATS_SETTLE_MS))
  await db.raw("select pg_stat_clear_snapshot()")
  const { rows } = await db.raw(
    `select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as n from pg_stat_user_tables where relname = any(?)`,
    [TABLES]
  )
  return Object.fromEntries(rows.map((r) => [r.relname, Number(r.n)]))
}

/** Settled history: `count` payout-bucket entries paid in one past run, and as many platform shares. */
async function addSettledHistory(db: Knex, round: number, from: number, count: number) {
  if (count <= 0) return
  const run = `payrun_bench_${round}`
  await db.raw(`insert into payout_run (id, period, period_from, period_to, created_by) values (?, ?, '2024-01-01', '2026-01-01', 'bench')`, [run, `bench-${round}`])
  await db.raw(
    `insert into payout_statement (id, run_id, party_type, party_id, cohort_id, total, status, paid_reference, paid_at, paid_by, paid_by_type)
     select 'paystm_bench_${round}_' || p, ?, 'participant', 'part_bench_' || p, 'coh_bench', 0, 'paid', 'BENCH', now(), 'bench', 'user' from generate_series(0, ?::int) p`,
    [run, PARTIES - 1]
  )
  for (const [bucket, party] of [["participants", "participant"], ["platform", "platform"]]) {
    await db.raw(
      `insert into ledger_entry (id, order_id, line_item_id, cohort_id, sales_channel_id, rule_id, rule_version, bucket, party_type, party_id, amount, kind, source_id, occurred_at)
       select 'lgent_bench_${bucket}_' || g, 'order_bench_' || (g / 3), 'ordli_bench_' || g, 'coh_bench', 'sc_bench', 'rsr_bench', 1, ?, ?,
              ${party === "platform" ? "'platform'" : `'part_bench_' || (g % ${PARTIES})`}, 1000, 'allocation', 'capt_bench_' || (g / 3),
              timestamptz '2024-01-01' + g * interval '5 minutes'
       from generate_series(?::int, ?::int) g`,
      [bucket, party, from, from + count - 1]
    )
  }
  await db.raw(
    `insert into payout_statement_entry (id, statement_id, ledger_entry_id, amount, bucket, kind, order_id, line_item_id, occurred_at)
     select 'paysen_bench_' || g, 'paystm_bench_${round}_' || (g % ${PARTIES}), 'lgent_bench_participants_' || g, 1000, 'participants', 'allocation',
            'order_bench_' || (g / 3), 'ordli_bench_' || g, timestamptz '2024-01-01' + g * interval '5 minutes'
     from generate_series(?::int, ?::int) g`,
    [from, from + count - 1]
  )
  await db.raw("analyze ledger_entry, ledger_unsettled_entry, payout_statement_entry")
}

/** Unsettled entries as allocation appends them (through the ledger module), in November 2026. */
async function addUnsettled(container: MedusaContainer, round: number) {
  await container.resolve<any>("ledger").appendLedgerEntries(
    Array.from({ length: UNSETTLED }, (_, i) => ({
      order_id: `order_open_${round}_${i}`,
      line_item_id: `ordli_open_${round}_${i}`,
      cohort_id: "coh_bench",
      sales_channel_id: "sc_bench",
      rule_id: "rsr_bench",
      rule_version: 1,
      bucket: i % 10 === 0 ? "material_fund" : "participants",
      party_type: i % 10 === 0 ? "cohort" : "participant",
      party_id: i % 10 === 0 ? "coh_bench" : `part_bench_${i % PARTIES}`,
      amount: 1000 + i,
      kind: "allocation",
      source_id: `capt_open_${round}_${i}`,
      occurred_at: new Date(Date.UTC(2026, 10, 2, 3) + i * 60_000),
    }))
  )
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    it("prints what a payout run reads as the ledger's history grows", async () => {
      const container = getContainer()
      const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const { runPayoutWorkflow } = nativeRequire("../../src/workflows/payout/run-payout")
      const period = { period: "2026-11", period_from: "2026-10-31T17:00:00.000Z", period_to: "2026-11-30T17:00:00.000Z", created_by: "bench" }
      const lines = [
        "payout run benchmark: one run per round, PostgreSQL row counts from pg_stat_user_tables (seq_tup_read + idx_tup_fetch)",
        "ledger entries | payout-bucket entries settled | unsettled | run ms | rows read: ledger_entry / open items / statement entries | full read of the old gather: rows, ms",
      ]
      let settled = 0
      for (const [round, target] of HISTORY.entries()) {
        await addSettledHistory(db, round, settled, target - settled)
        settled = Math.max(settled, target)
        await addUnsettled(container, round)
        // Warm up once so the first round does not time Medusa's first workflow call.
        if (round === 0) await runPayoutWorkflow(container).run({ input: { ...period, period: "1999-01", period_from: "1998-12-31T17:00:00.000Z", period_to: "1999-01-31T17:00:00.000Z" } })
        const { rows: counts } = await db.raw(
          `select (select count(*) from ledger_entry) as total,
                  (select count(*) from ledger_unsettled_entry) as open,
                  (select count(*) from payout_statement_entry) as settled`
        )
        // What the gather step used to load into memory before filtering in JS.
        const oldStarted = performance.now()
        const { rows: old } = await db.raw(`select * from ledger_entry where bucket in ('participants', 'material_fund') and occurred_at < ? and deleted_at is null`, [period.period_to])
        const oldMs = performance.now() - oldStarted

        const before = await rowsRead(db)
        const started = performance.now()
        const { result } = await runPayoutWorkflow(container).run({ input: period })
        const ms = performance.now() - started
        const after = await rowsRead(db)
        const read = (t: string) => (after[t] ?? 0) - (before[t] ?? 0)
        const { rows: paid } = await db.raw(`select count(*) as n from payout_statement_entry pse join payout_statement ps on ps.id = pse.statement_id where ps.run_id = ?`, [result?.id ?? ""])
        if (Number(paid[0].n) !== UNSETTLED) throw new Error(`Round ${round} paid ${paid[0].n} entries, expected ${UNSETTLED}`)
        lines.push(
          `${counts[0].total} | ${counts[0].settled} | ${counts[0].open} | ${ms.toFixed(0)} | ${read("ledger_entry")} / ${read("ledger_unsettled_entry")} / ${read("payout_statement_entry")} | ${old.length}, ${oldMs.toFixed(0)}`
        )
      }
      process.stdout.write(`\n${lines.join("\n")}\n\n`)
    })
  },
})
