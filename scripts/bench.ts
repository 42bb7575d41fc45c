/**
 * `npm run bench`: benchmarks that print figures (they assert nothing about
 * time).
 *   - load (scripts/bench/load.ts): the marketplace on a generated catalog under
 *     autocannon, with its baselines and Lighthouse; one table, JSON in .data/bench/.
 *   - each file in backend/integration-tests/bench boots the backend in Medusa's
 *     test runner on a fresh database of the test stack's PostgreSQL server (or
 *     DATABASE_URL's), like the backend integration suites (the payout run).
 *   npm run bench                       every benchmark
 *   npm run bench -- load               only the load benchmark
 *   npm run bench -- payout-run         files whose names contain the word
 *   BENCH_QUICK=1 npm run bench         a few minutes: short loads, fewer orders, smaller ledgers
 *   BENCH_HISTORY=10000,100000 BENCH_UNSETTLED=200 npm run bench   (the payout run's sizes)
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import { stackConfig } from "./stack/config"
import { openDatabase } from "./stack/database"
import { integrationEnv } from "./stack/integration-env"
import { fail, step } from "./stack/log"
import { BACKEND_DIR, bin } from "./stack/paths"
import { runSuite } from "./stack/suite"
import { loadBench } from "./bench/load"

const filters = process.argv.slice(2)

async function main(): Promise<number> {
  if (!filters.length || filters.includes("load")) {
    step("▶ Load benchmark (autocannon, Lighthouse)")
    if (!(await loadBench())) return 1
  }
  const quick = !!process.env.BENCH_QUICK && process.env.BENCH_QUICK !== "0"
  // Quick: the payout run on one small ledger instead of three large ones.
  const sizes = quick && !process.env.BENCH_HISTORY ? { BENCH_HISTORY: "2000" } : {}
  const files = readdirSync(path.join(BACKEND_DIR, "integration-tests", "bench"))
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
    .sort()
  if (!files.length) return 0
  const config = stackConfig("test")
  const db = await openDatabase({ dataDir: config.dataDir, name: config.databaseName, externalUrl: process.env.DATABASE_URL })
  try {
    for (const file of files) {
      const ok = await runSuite(`Benchmark ${file}`, bin("vitest", BACKEND_DIR), ["run", "--config", "vitest.bench.config.mts", `integration-tests/bench/${file}`], BACKEND_DIR, { ...integrationEnv(db.url), ...sizes })
      if (!ok) return 1
    }
    return 0
  } finally {
    await db.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  }
)
