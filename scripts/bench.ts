/**
 * `npm run bench`: benchmarks that print figures (they assert nothing about
 * time). Each file in backend/integration-tests/bench boots the backend in
 * Medusa's test runner on a fresh database of the test stack's PostgreSQL
 * server (or DATABASE_URL's), like the backend integration suites.
 *   npm run bench                       every benchmark
 *   npm run bench -- payout-run         files whose names contain the word
 *   BENCH_HISTORY=10000,100000 BENCH_UNSETTLED=200 npm run bench   (the payout run's sizes)
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import { stackConfig } from "./stack/config"
import { openDatabase } from "./stack/database"
import { integrationEnv } from "./stack/integration-env"
import { fail } from "./stack/log"
import { BACKEND_DIR, bin } from "./stack/paths"
import { runSuite } from "./stack/suite"

const filters = process.argv.slice(2)

async function main(): Promise<number> {
  const files = readdirSync(path.join(BACKEND_DIR, "integration-tests", "bench"))
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
    .sort()
  const config = stackConfig("test")
  const db = await openDatabase({ dataDir: config.dataDir, name: config.databaseName, externalUrl: process.env.DATABASE_URL })
  try {
    for (const file of files) {
      const ok = await runSuite(`Benchmark ${file}`, bin("vitest", BACKEND_DIR), ["run", "--config", "vitest.bench.config.mts", `integration-tests/bench/${file}`], BACKEND_DIR, integrationEnv(db.url))
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
