/**
 * `npm test`: every suite, in order of cost.
 *   1. unit tests (vitest) in the backend and the storefront;
 *   2. a test marketplace (own database, ports 9100/8100) started like `npm start`;
 *   3. HTTP integration suites (vitest, test/http) against its backend;
 *   4. browser suites (Playwright, test/e2e) against its storefront.
 * Extra arguments narrow the run: `npm test -- unit`, `-- http`, `-- e2e`.
 */
import path from "node:path"
import { spawnSync } from "node:child_process"
import { findChromium } from "./stack/chromium"
import { stackConfig } from "./stack/config"
import { fail, step } from "./stack/log"
import { BACKEND_DIR, ROOT, STOREFRONT_DIR, bin } from "./stack/paths"
import { abortStart, startStack, type RunningStack } from "./stack/stack"

const TEST_DIR = path.join(ROOT, "test")
const only = process.argv.slice(2)
const wants = (suite: string) => only.length === 0 || only.includes(suite)

function suite(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  step(`▶ ${name}`)
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" })
  const ok = result.status === 0
  ;(ok ? step : fail)(`${ok ? "✔" : "✘"} ${name}`)
  return ok
}

async function main() {
  const results: Record<string, boolean> = {}
  if (wants("unit")) {
    results["backend unit"] = suite("Backend unit tests", bin("vitest", BACKEND_DIR), ["run"], BACKEND_DIR)
    results["storefront unit"] = suite("Storefront unit tests", bin("vitest", STOREFRONT_DIR), ["run"], STOREFRONT_DIR)
  }
  if (wants("http") || wants("e2e")) {
    const chromium = wants("e2e") ? findChromium() : undefined
    let stack: RunningStack | undefined
    // Ctrl-C: the test stack's builds and servers run in their own process groups.
    process.on("SIGINT", () => {
      void (stack ? stack.stop() : abortStart()).then(() => process.exit(130))
    })
    try {
      stack = await startStack(stackConfig("test"), { storefront: wants("e2e") })
      const env = {
        ...process.env,
        BACKEND_URL: stack.backendUrl,
        STOREFRONT_URL: stack.storefrontUrl,
        PUBLISHABLE_KEY: stack.publishableKey,
        TEST_DATABASE_URL: stack.databaseUrl,
        NOTIFICATION_OUTBOX_DIR: stack.outboxDir,
        ...(chromium ? { PLAYWRIGHT_CHROMIUM_PATH: chromium } : {}),
      }
      if (wants("http")) {
        results["http"] = suite("HTTP integration tests", bin("vitest", TEST_DIR), ["run", "--config", "vitest.config.mts"], TEST_DIR, env)
      }
      if (wants("e2e")) {
        results["e2e"] = suite("Browser tests (Playwright, Chromium)", bin("playwright", TEST_DIR), ["test", "-c", "playwright.config.ts"], TEST_DIR, env)
      }
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
      results["test stack"] = false
    } finally {
      await stack?.stop()
    }
  }
  const failed = Object.entries(results).filter(([, ok]) => !ok).map(([name]) => name)
  if (failed.length) {
    fail(`Failed: ${failed.join(", ")}`)
    process.exit(1)
  }
  step(`All suites passed: ${Object.keys(results).join(", ")}`)
}

main().catch((error) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
