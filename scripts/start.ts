/**
 * `npm start`: the whole marketplace on this machine. See README.md.
 * An embedded PostgreSQL unless DATABASE_URL is set; Redis modules when REDIS_URL is set.
 *
 * Run as `node --import tsx` (package.json), not through the `tsx` command:
 * that one runs the script in a child process and relays Ctrl-C to it, and
 * kills the child with SIGKILL when it has not acknowledged the signal within
 * about 60 ms, which a launcher on a busy machine misses; killed, it left the
 * backend running, orphaned on its port.
 */
import { existsSync } from "node:fs"
import { stackConfig } from "./stack/config"
import { elapsedSeconds, fail, step } from "./stack/log"
import { abortStart, startStack } from "./stack/stack"
import { paymentMethodsSummary } from "../backend/src/lib/midtrans-providers"
import { DEMO_LOGINS } from "../backend/src/scripts/seed-data/demo-logins"

async function main() {
  // Settings a person keeps in .env at the root (see .env.example).
  if (existsSync(".env")) process.loadEnvFile(".env")
  const config = stackConfig("dev")
  step(`Karya Binaan: starting (data in ${config.dataDir})`)

  let stack: Awaited<ReturnType<typeof startStack>> | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    step("Stopping the storefront, the backend and the database …")
    await (stack ? stack.stop() : abortStart())
    step("Stopped.")
    process.exit(code)
  }
  // Registered before starting: builds and services run in their own process
  // groups, so a terminal's Ctrl-C (SIGINT to the foreground group) reaches
  // only this process and the embedded PostgreSQL; this process stops the rest,
  // each group bounded by a grace period and then killed (stack/processes.ts).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0))
  stack = await startStack(config)
  stack.onCrash((name, logTail) => {
    // A server that ends while everything is being stopped (its database went
    // with the same Ctrl-C) did not crash.
    if (stopping) return
    fail(`The ${name} stopped unexpectedly. The end of its log:\n${logTail}`)
    void shutdown(1)
  })

  const logins = DEMO_LOGINS.map((l) => `    ${l.role.padEnd(13)} ${l.email} / ${l.password}   (${l.where})`)
  process.stdout.write(
    [
      "",
      `Karya Binaan is running (ready in ${elapsedSeconds().toFixed(0)} s):`,
      "",
      `  Storefront      ${stack.storefrontUrl}          (English: ${stack.storefrontUrl}/en)`,
      `  Medusa Admin    ${stack.backendUrl}/app`,
      `  Store API       ${stack.backendUrl}/store   (publishable key ${stack.publishableKey})`,
      `  Database        ${stack.embeddedDatabase ? "embedded PostgreSQL, " : ""}${redact(stack.databaseUrl)}`,
      `  Logs            ${config.logDir}`,
      `  Emails (outbox) ${stack.outboxDir}   (order confirmations and password-reset links, as text files)`,
      `  Payments        ${paymentMethodsSummary()}`,
      "",
      "  Demo logins:",
      ...logins,
      "",
      "Press Ctrl-C to stop everything.",
      "",
    ].join("\n")
  )
}

function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = "***"
  return parsed.toString()
}

main().catch((error) => {
  fail(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
