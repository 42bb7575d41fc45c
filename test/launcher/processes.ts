import { readdirSync, readFileSync } from "node:fs"
import net from "node:net"
export { freePort } from "../../scripts/stack/free-port"

/**
 * What the launcher test sees of the machine, read from /proc on its own (not
 * through the launcher's code, which is what is under test).
 */
export type Proc = { pid: number; ppid: number; start: number; command: string }

function read(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    if (fields[0] === "Z") return undefined
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ")
    return { pid, ppid: Number(fields[1]), start: Number(fields[19]), command }
  } catch {
    return undefined
  }
}

function all(): Proc[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => read(Number(name)))
    .filter((p): p is Proc => !!p)
}

/** A process and every process below it, right now. */
export function tree(rootPid: number): Proc[] {
  const procs = all()
  const found: Proc[] = []
  const visit = (pid: number) => {
    const self = procs.find((p) => p.pid === pid)
    if (self) found.push(self)
    for (const child of procs.filter((p) => p.ppid === pid)) visit(child.pid)
  }
  visit(rootPid)
  return found
}

/** The processes of `procs` still running (the same pid with the same start time). */
export function alive(procs: Proc[]): Proc[] {
  return procs.filter((p) => read(p.pid)?.start === p.start)
}

/** True when nothing listens on the port (we can listen on it ourselves). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `check` holds or `ms` passed; returns whether it held. */
export async function within(ms: number, check: () => boolean | Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return true
    await sleep(200)
  }
  return check()
}
