/**
 * `npm test`: every suite, in order of cost.
 *   1. unit tests (vitest) in the backend and the storefront;
 *   2. the launcher itself (vitest, test/launcher): `npm start` on its own data
 *      folder and free ports, stopped with Ctrl-C after load and killed with -9;
 *   3. a test marketplace (own database, ports 9100/8100) started like `npm start`;
 *   4. HTTP integration suites (vitest, test/http) against its backend;
 *   5. browser suites (Playwright, test/e2e) against its storefront.
 *   6. backend integration suites (vitest, backend/integration-tests): Medusa's
 *      medusaIntegrationTestRunner boots the app inside the test process on a
 *      fresh database of the test stack's PostgreSQL server; the Stripe card path
 *      runs there with the real stripe SDK and api.stripe.com intercepted (nock).
 *   7. scale-out (vitest, test/scale-out), when Redis answers: two backend
 *      servers and a worker of the built backend on Redis and a fresh database,
 *      on the test ports once the test stack stopped.
 * Extra arguments narrow the run: `npm test -- unit`, `-- launcher`, `-- http`, `-- e2e`,
 * `-- backend-integration` (that one needs only the database, not the stack), `-- scale-out`.
 * Any other argument filters test files by name within the chosen suites:
 * `npm test -- e2e outlet-english` runs only test/e2e/outlet-english.spec.ts.
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import { findChromium } from "./stack/chromium"
import { stackConfig } from "./stack/config"
import { openDatabase } from "./stack/database"
import { fakeMidtransDir } from "./stack/fake-midtrans-env"
import { integrationEnv } from "./stack/integration-env"
import { fail, step } from "./stack/log"
import { BACKEND_DIR, ROOT, STOREFRONT_DIR, bin } from "./stack/paths"
import { redisAnswers, scaleOutRedisUrl } from "./stack/redis"
import { startScaleOut, type ScaleOut } from "./stack/scale-out"
import { abortStart, startStack, type RunningStack } from "./stack/stack"
import { failedTests, runSuite } from "./stack/suite"

const TEST_DIR = path.join(ROOT, "test")
const SUITES = ["unit", "launcher", "http", "e2e", "backend-integration", "scale-out"]
const only = process.argv.slice(2).filter((arg) => SUITES.includes(arg))
const fileFilters = process.argv.slice(2).filter((arg) => !SUITES.includes(arg))
const wants = (suite: string) => only.length === 0 || only.includes(suite)
/** vitest and Playwright take name filters as positional arguments. */
const vitestFilters = fileFilters.length ? [...fileFilters, "--passWithNoTests"] : []
// Playwright matches its arguments as regular expressions against the whole
// path: anchor them below test/ so a checkout under /work/wt-admin is no match.
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
const playwrightFilters = fileFilters.length
  ? [...fileFilters.map((filter) => `^${escapeRegex(TEST_DIR)}/.*${escapeRegex(filter)}`), "--pass-with-no-tests"]
  : []

/** Each file in its own vitest process, on a fresh database of the test stack's server (see integrationEnv). */
async function backendIntegration(databaseUrl: string): Promise<boolean> {
  const env = integrationEnv(databaseUrl)
  // One vitest process per file: Medusa loads through Node's own require, so a
  // second app booted in the same process gets the first one's modules and its
  // already-closed database pool ("Unable to acquire a connection").
  const files = readdirSync(path.join(BACKEND_DIR, "integration-tests", "http"))
    .filter((f) => f.endsWith(".spec.ts"))
    .filter((f) => fileFilters.length === 0 || fileFilters.some((filter) => f.includes(filter)))
    .sort()
  let ok = true
  for (const file of files) {
    ok =
      (await runSuite(
        `Backend integration tests: ${file} (Medusa test runner)`,
        bin("vitest", BACKEND_DIR),
        ["run", "--config", "vitest.integration.config.mts", `integration-tests/http/${file}`],
        BACKEND_DIR,
        env
      )) && ok
  }
  return ok
}

/**
 * The scale-out suite against two servers and a worker sharing Redis. Skipped,
 * with the reason printed, when Redis does not answer: it proves nothing without.
 */
async function scaleOut(): Promise<boolean | undefined> {
  const redisUrl = scaleOutRedisUrl()
  if (!(await redisAnswers(redisUrl))) {
    step(`Skipping the scale-out suite: Redis does not answer at ${redisUrl} (set REDIS_URL or SCALE_OUT_REDIS_URL)`)
    return undefined
  }
  let topology: ScaleOut | undefined
  // Ctrl-C: the three servers run in their own process groups.
  process.on("SIGINT", () => {
    void (topology ? topology.stop() : Promise.resolve()).then(() => process.exit(130))
  })
  try {
    topology = await startScaleOut(stackConfig("scale-out"), redisUrl)
    return await runSuite("Scale-out tests (two servers, one worker, Redis)", bin("vitest", TEST_DIR), ["run", "--config", "vitest.scale-out.config.mts", ...vitestFilters], TEST_DIR, {
      ...process.env,
      SCALE_OUT_SERVER_URLS: topology.serverUrls.join(","),
      // The HTTP suites' helpers (outbox, SQL, the seed's address) load with a backend URL.
      BACKEND_URL: topology.serverUrls[0],
      SCALE_OUT_REDIS_URL: redisUrl,
      SCALE_OUT_LOGS: JSON.stringify(topology.logFiles),
      PUBLISHABLE_KEY: topology.publishableKey,
      TEST_DATABASE_URL: topology.databaseUrl,
      NOTIFICATION_OUTBOX_DIR: topology.outboxDir,
    })
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
    return false
  } finally {
    await topology?.stop()
  }
}

async function main() {
  const results: Record<string, boolean> = {}
  if (wants("unit")) {
    results["backend unit"] = await runSuite("Backend unit tests", bin("vitest", BACKEND_DIR), ["run", ...vitestFilters], BACKEND_DIR)
    results["storefront unit"] = await runSuite("Storefront unit tests", bin("vitest", STOREFRONT_DIR), ["run", ...vitestFilters], STOREFRONT_DIR)
  }
  if (wants("launcher")) {
    results["launcher"] = await runSuite("Launcher tests (npm start, Ctrl-C, recovery)", bin("vitest", TEST_DIR), ["run", "--config", "vitest.launcher.config.mts", ...vitestFilters], TEST_DIR)
  }
  if (wants("http") || wants("e2e")) {
    const chromium = wants("e2e") ? findChromium() : undefined
    let stack: RunningStack | undefined
    // Ctrl-C: the test stack's builds and servers run in their own process groups.
    process.on("SIGINT", () => {
      void (stack ? stack.stop() : abortStart()).then(() => process.exit(130))
    })
    try {
      // HTTP suites check the storefront's page cache too (test/http/catalog/page-cache.spec.ts).
      stack = await startStack(stackConfig("test"), { storefront: wants("e2e") || wants("http") })
      const env = {
        ...process.env,
        BACKEND_URL: stack.backendUrl,
        STOREFRONT_URL: stack.storefrontUrl,
        PUBLISHABLE_KEY: stack.publishableKey,
        TEST_DATABASE_URL: stack.databaseUrl,
        NOTIFICATION_OUTBOX_DIR: stack.outboxDir,
        // Browser tests settle payments at the fake Midtrans the test backend talks to.
        FAKE_MIDTRANS_DIR: fakeMidtransDir(stackConfig("test")),
        ...(chromium ? { PLAYWRIGHT_CHROMIUM_PATH: chromium } : {}),
      }
      if (wants("http")) {
        results["http"] = await runSuite("HTTP integration tests", bin("vitest", TEST_DIR), ["run", "--config", "vitest.config.mts", ...vitestFilters], TEST_DIR, env)
      }
      if (wants("e2e")) {
        results["e2e"] = await runSuite("Browser tests (Playwright, Chromium)", bin("playwright", TEST_DIR), ["test", "-c", "playwright.config.ts", ...playwrightFilters], TEST_DIR, env)
      }
      if (wants("backend-integration")) results["backend integration"] = await backendIntegration(stack.databaseUrl)
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
      results["test stack"] = false
    } finally {
      await stack?.stop()
    }
  }
  if (wants("backend-integration") && !(wants("http") || wants("e2e"))) {
    // Only the test stack's PostgreSQL server is needed, not its builds and servers.
    const config = stackConfig("test")
    try {
      const db = await openDatabase({ dataDir: config.dataDir, name: config.databaseName, externalUrl: process.env.DATABASE_URL })
      try {
        results["backend integration"] = await backendIntegration(db.url)
      } finally {
        await db.stop()
      }
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
      results["backend integration"] = false
    }
  }
  if (wants("scale-out")) {
    const ok = await scaleOut()
    if (ok !== undefined) results["scale-out"] = ok
  }
  const failed = Object.entries(results).filter(([, ok]) => !ok).map(([name]) => name)
  if (failed.length) {
    for (const { suite, lines } of failedTests()) {
      fail(`✘ ${suite}`)
      for (const line of lines.length ? lines : ["(no failed test named: see its output above)"]) fail(`    ${line}`)
    }
    fail(`Failed: ${failed.join(", ")}`)
    process.exit(1)
  }
  step(`All suites passed: ${Object.keys(results).join(", ")}`)
}

main().catch((error) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
