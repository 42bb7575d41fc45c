import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import path from "node:path"
import { DEMO_LOGINS } from "../../../backend/src/scripts/seed-data/demo-logins"
import { freePort } from "../../../scripts/stack/free-port"
import { api } from "./api"

// A second server of the built backend on the test marketplace's database, in
// its own process group, so a fault suite can SIGKILL it or cut its database
// without touching the server the other suites use. No REDIS_URL: its events,
// workflows and locks stay inside it, so what dies with it is really lost.

const ROOT = path.resolve(__dirname, "..", "..", "..")
const BUILD_DIR = path.join(ROOT, "backend", ".medusa", "server")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const LOG_DIR = path.join(process.env.KARYA_DATA_DIR || path.join(ROOT, ".data"), "test", "logs")

type CallOptions = { body?: unknown; token?: string; method?: string; headers?: Record<string, string>; publishable?: boolean }

export type SpareBackend = {
  url: string
  /** Starts the server (again) and waits until /health answers. */
  start(): Promise<void>
  /** SIGKILL to the whole process group: no shutdown hooks, no flushing. */
  kill(): Promise<void>
  /** JSON call to this server, never throwing on 4xx/5xx. */
  call<T = any>(route: string, options?: CallOptions): Promise<{ status: number; body: T }>
  operatorToken(): Promise<string>
}

export async function spareBackend(name: string, databaseUrl = process.env.TEST_DATABASE_URL!): Promise<SpareBackend> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()
  mkdirSync(LOG_DIR, { recursive: true })
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`), { flags: "a" })

  // The suites' own caller, pointed at this server; no publishable key unless asked for.
  const call: SpareBackend["call"] = (route, options = {}) => api(route, { publishable: false, ...options, backendUrl: url })

  return {
    url,
    call,
    async start() {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        MEDUSA_WORKER_MODE: "shared",
        DISABLE_MEDUSA_ADMIN: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
        JWT_SECRET: `spare-${name}-jwt`,
        COOKIE_SECRET: `spare-${name}-cookie`,
        MEDUSA_BACKEND_URL: url,
      }
      delete env.REDIS_URL
      child = spawn(MEDUSA, ["start"], { cwd: BUILD_DIR, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
      child.stdout!.pipe(log, { end: false })
      child.stderr!.pipe(log, { end: false })
      const current = child
      exited = new Promise((resolve) => current.once("exit", () => resolve()))
      const deadline = Date.now() + 180_000
      while (Date.now() < deadline) {
        if (current.exitCode !== null || current.signalCode) throw new Error(`${name} stopped while starting: see ${LOG_DIR}/${name}.log`)
        try {
          if ((await fetch(`${url}/health`)).status === 200) return
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500))
      }
      throw new Error(`${name} did not answer at ${url} within 180 s`)
    },
    async kill() {
      if (child?.pid && child.exitCode === null && !child.signalCode) {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // already gone
        }
      }
      await exited
    },
    async operatorToken() {
      const operator = DEMO_LOGINS.find((l) => l.role === "operator")!
      const res = await call<{ token: string }>("/auth/user/emailpass", { body: { email: operator.email, password: operator.password } })
      if (res.status !== 200) throw new Error(`Operator login on ${name} failed: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token
    },
  }
}
