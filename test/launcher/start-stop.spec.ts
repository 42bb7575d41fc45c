import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, lstatSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { alive, freePort, portFree, sleep, tree, within, type Proc } from "./processes"

/**
 * `npm start` as a person runs it in a terminal, on its own data folder and
 * free ports: Ctrl-C (SIGINT to the whole foreground process group, which is
 * what a terminal sends) after the stack served load must stop every process
 * it started and free the ports within seconds; a launcher killed with -9 must
 * leave nothing the next `npm start` cannot clear by itself.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const DATA_ROOT = process.env.KARYA_DATA_DIR || path.join(ROOT, ".data")
// Kept between runs: the second run of this suite skips migrations and the seed.
const LAUNCHER_DATA = path.join(DATA_ROOT, "launcher-test")
/** Seconds a Ctrl-C may take until every process is gone and both ports are free. */
const STOP_WITHIN_S = 15

class Launcher {
  child!: ChildProcess
  output = ""
  exitCode: number | null | undefined

  constructor(private ports: { backend: number; storefront: number }) {}

  start(): void {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KARYA_DATA_DIR: LAUNCHER_DATA,
      BACKEND_PORT: String(this.ports.backend),
      STOREFRONT_PORT: String(this.ports.storefront),
    }
    // The newcomer's setup: embedded database, no Redis, the stack's own URLs.
    for (const name of ["DATABASE_URL", "REDIS_URL", "MEDUSA_BACKEND_URL", "STOREFRONT_URL", "NOTIFICATION_OUTBOX_DIR"]) delete env[name]
    // detached: a process group of its own, as a terminal gives its foreground job.
    this.child = spawn("npm", ["start"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    this.exitCode = undefined
    this.child.stdout!.on("data", (chunk) => (this.output += chunk))
    this.child.stderr!.on("data", (chunk) => (this.output += chunk))
    this.child.on("exit", (code) => (this.exitCode = code))
  }

  async ready(timeoutMs: number): Promise<void> {
    const ok = await within(timeoutMs, () => this.output.includes("Press Ctrl-C to stop everything.") || this.exitCode !== undefined)
    if (!ok || this.exitCode !== undefined) throw new Error(`npm start did not become ready:\n${this.output.slice(-4000)}`)
  }

  publishableKey(): string {
    const key = this.output.match(/publishable key (pk_\w+)/)?.[1]
    if (!key) throw new Error(`No publishable key in the output:\n${this.output.slice(-2000)}`)
    return key
  }

  /** Every process below `npm start` now: npm, tsx, the launcher, PostgreSQL, Medusa, Next. */
  processes(): Proc[] {
    return tree(this.child.pid!)
  }

  /** Ctrl-C in the terminal. */
  interrupt(): void {
    process.kill(-this.child.pid!, "SIGINT")
  }
}

/** Requests a shopper's browsing makes, many at once: store API reads and rendered pages. */
async function load(backend: string, storefront: string, key: string, rounds: number): Promise<number> {
  const urls = [
    `${backend}/store/products?limit=20&fields=*variants.calculated_price`,
    `${backend}/store/product-categories`,
    `${backend}/store/regions`,
    `${storefront}/`,
    `${storefront}/en`,
    `${storefront}/cari?q=keripik`,
  ]
  let ok = 0
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.allSettled(
      urls.flatMap((url) => [0, 1, 2].map(() => fetch(url, { headers: { "x-publishable-api-key": key }, signal: AbortSignal.timeout(20_000) }).then((r) => r.arrayBuffer().then(() => r.status))))
    )
    ok += results.filter((r) => r.status === "fulfilled" && r.value < 500).length
  }
  return ok
}

describe("npm start and Ctrl-C", () => {
  let ports: { backend: number; storefront: number }
  let launcher: Launcher
  const seen: Proc[] = []

  beforeAll(async () => {
    ports = { backend: await freePort(), storefront: await freePort() }
    while (ports.storefront === ports.backend) ports.storefront = await freePort()
    // Builds are shared by every stack of a checkout (their output lives in
    // backend/ and storefront/), so is the record of what they were built from.
    mkdirSync(LAUNCHER_DATA, { recursive: true })
    const stamps = path.join(LAUNCHER_DATA, "build")
    if (!existsSync(stamps) && !isLink(stamps)) {
      mkdirSync(path.join(DATA_ROOT, "build"), { recursive: true })
      symlinkSync(path.join(DATA_ROOT, "build"), stamps)
    }
  })

  afterAll(async () => {
    // A failed run must not leave its processes behind for the next suite.
    if (launcher?.child.pid && launcher.exitCode === undefined) launcher.interrupt()
    await sleep(1000)
    for (const p of alive(seen)) {
      try {
        process.kill(p.pid, "SIGKILL")
      } catch {
        // gone
      }
    }
  })

  it("stops every process and frees both ports within seconds after serving load, and says Stopped.", async () => {
    launcher = new Launcher(ports)
    launcher.start()
    await launcher.ready(600_000)
    const backend = `http://localhost:${ports.backend}`
    const storefront = `http://localhost:${ports.storefront}`
    expect(await load(backend, storefront, launcher.publishableKey(), 5)).toBeGreaterThan(50)
    // Requests still in flight when Ctrl-C comes, as when a person stops it while browsing.
    const inFlight = load(backend, storefront, launcher.publishableKey(), 3).catch(() => 0)
    await sleep(300)
    const before = launcher.processes()
    seen.push(...before)
    expect(before.some((p) => p.command.includes("medusa") && p.command.includes("start"))).toBe(true)
    expect(before.some((p) => p.command.includes("postgres"))).toBe(true)

    const t0 = Date.now()
    launcher.interrupt()
    const allGone = await within(STOP_WITHIN_S * 1000, async () => alive(before).length === 0 && (await portFree(ports.backend)) && (await portFree(ports.storefront)))
    const seconds = (Date.now() - t0) / 1000
    await inFlight

    expect(alive(before).map((p) => `${p.pid} ${p.command}`), `still running ${seconds.toFixed(1)} s after Ctrl-C`).toEqual([])
    expect(allGone).toBe(true)
    expect(await within(5_000, () => launcher.exitCode !== undefined)).toBe(true)
    expect(launcher.output).toContain("Stopped.")
    console.log(`Ctrl-C: every process gone and both ports free after ${seconds.toFixed(1)} s`)
  })

  it("recovers by itself after the launcher was killed with -9, leaving its servers and database behind", async () => {
    launcher = new Launcher(ports)
    launcher.start()
    await launcher.ready(300_000)
    const before = launcher.processes()
    seen.push(...before)
    // The launcher is the innermost process running scripts/start.ts (npm → sh → tsx → node).
    const starts = before.filter((p) => p.command.includes("scripts/start.ts"))
    const node = starts.find((p) => !starts.some((q) => q.ppid === p.pid))!
    expect(node).toBeDefined()
    process.kill(node.pid, "SIGKILL")
    expect(await within(10_000, () => launcher.exitCode !== undefined)).toBe(true)
    const orphans = alive(before)
    // Without a launcher, the servers and PostgreSQL keep running and hold the ports.
    expect(orphans.some((p) => p.command.includes("medusa"))).toBe(true)
    expect(orphans.some((p) => p.command.includes("postgres"))).toBe(true)
    expect(await portFree(ports.backend)).toBe(false)

    launcher = new Launcher(ports)
    launcher.start()
    await launcher.ready(300_000)
    expect(launcher.output).toMatch(/left running by an earlier (start|run)/)
    expect(alive(orphans).map((p) => `${p.pid} ${p.command}`)).toEqual([])
    const second = launcher.processes()
    seen.push(...second)
    expect((await fetch(`http://localhost:${ports.backend}/health`)).status).toBe(200)

    launcher.interrupt()
    expect(await within(STOP_WITHIN_S * 1000, () => alive(second).length === 0)).toBe(true)
    expect(await portFree(ports.backend)).toBe(true)
    expect(await portFree(ports.storefront)).toBe(true)
  })
})

describe("npm start on a port something else holds", () => {
  it("refuses with a message naming the process that holds the port", async () => {
    const ports = { backend: await freePort(), storefront: await freePort() }
    const squatter = spawn(process.execPath, ["-e", `require("net").createServer().listen(${ports.backend}); setTimeout(() => {}, 120000)`], { stdio: "ignore" })
    try {
      expect(await within(10_000, async () => !(await portFree(ports.backend)))).toBe(true)
      const launcher = new Launcher(ports)
      launcher.start()
      expect(await within(60_000, () => launcher.exitCode !== undefined)).toBe(true)
      expect(launcher.exitCode).toBe(1)
      expect(launcher.output).toContain(`Port ${ports.backend} (backend) is already in use by pid ${squatter.pid}`)
    } finally {
      squatter.kill("SIGKILL")
    }
  })
})

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}
