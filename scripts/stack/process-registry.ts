import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import path from "node:path"
import { step } from "./log"
import { groupMembers, processInfo, type ProcessInfo } from "./process-table"

/**
 * What a stack started, recorded in its data folder (processes.json), so that
 * the next start finds what a killed or crashed launcher left behind and stops
 * it: a `medusa start` orphaned on port 9000 must not make the next `npm start`
 * refuse. Each entry is a process group the launcher created (every build and
 * service runs detached, leading its own group) or the launcher itself, with
 * its start time: a pid the system gave to some later process is not ours.
 */
type Entry = { kind: "group" | "launcher"; name: string; pid: number; start: number }

const FILE = "processes.json"
let current: string | undefined

function read(file: string): Entry[] {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Entry[]) : []
  } catch {
    return []
  }
}

function write(file: string, entries: Entry[]): void {
  mkdirSync(path.dirname(file), { recursive: true })
  // Written whole and renamed, so a launcher killed mid-write leaves the old list, not half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(entries, null, 2))
  renameSync(`${file}.tmp`, file)
}

/** Records a process group this launcher just started (a no-op before `claimDataDir`). */
export function rememberGroup(name: string, pid: number): void {
  const info = processInfo(pid)
  if (!current || !info) return
  write(current, [...read(current), { kind: "group", name, pid, start: info.start }])
}

/** Drops a process group that has stopped. */
export function forgetGroup(pid: number): void {
  if (!current) return
  write(current, read(current).filter((e) => !(e.kind === "group" && e.pid === pid)))
}

/** The recorded process itself, if it still runs (same pid and same start time). */
function stillOurs(entry: Entry): ProcessInfo | undefined {
  const info = processInfo(entry.pid)
  return info && info.start === entry.start ? info : undefined
}

/**
 * Members still alive of a recorded group. When its leader is gone, processes
 * still in the group are its children: the system gives no new process a pid
 * in use as a group id, and they started after the leader.
 */
function leftovers(entry: Entry): ProcessInfo[] {
  const leader = processInfo(entry.pid)
  if (leader && leader.start !== entry.start) return []
  return groupMembers(entry.pid).filter((p) => p.start >= entry.start)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function signalGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig)
  } catch {
    // the group is gone
  }
}

async function groupGone(pgid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    if (!groupMembers(pgid).length) return true
    await sleep(200)
  }
  return !groupMembers(pgid).length
}

/**
 * Stops a whole process group: SIGTERM, and SIGKILL to every member after
 * `graceMs` if any is still there. Medusa's graceful shutdown waits, without a
 * limit, for requests in flight (and those wait on a database that Ctrl-C
 * already stopped), so the grace period is what bounds a stop.
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  if (!groupMembers(pgid).length) return
  signalGroup(pgid, "SIGTERM")
  if (await groupGone(pgid, graceMs)) return
  signalGroup(pgid, "SIGKILL")
  await groupGone(pgid, 5_000)
}

/**
 * Takes the data folder for this launcher: refuses, naming it, when another
 * launcher still runs on it; stops every process group an earlier launcher
 * recorded and left running; then records this launcher.
 */
export async function claimDataDir(dataDir: string): Promise<void> {
  const file = path.join(dataDir, FILE)
  const entries = read(file)
  const other = entries.find((e) => e.kind === "launcher" && e.pid !== process.pid && stillOurs(e))
  if (other) {
    throw new Error(
      `Karya Binaan is already running from ${dataDir} (pid ${other.pid}: ${stillOurs(other)!.command}). ` +
        `Stop it first (Ctrl-C in its terminal, or kill ${other.pid}).`
    )
  }
  for (const entry of entries.filter((e) => e.kind === "group")) {
    const left = leftovers(entry)
    if (!left.length) continue
    step(`Stopping the ${entry.name} left running by an earlier start (pid ${left.map((p) => p.pid).join(", ")})`)
    await stopGroup(entry.pid, 3_000)
  }
  current = file
  const self = processInfo(process.pid)
  write(file, self ? [{ kind: "launcher", name: "launcher", pid: process.pid, start: self.start }] : [])
}

/** The launcher is done with its data folder (everything it started has stopped). */
export function releaseDataDir(): void {
  if (!current) return
  write(current, read(current).filter((e) => e.kind === "group"))
  current = undefined
}
