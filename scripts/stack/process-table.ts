import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs"

/** A running process as the launcher needs to know it. */
export type ProcessInfo = {
  pid: number
  /** Process group: a service started detached leads its own group (pgid = its pid). */
  pgid: number
  /**
   * When it started, as a number that only grows (clock ticks since boot on
   * Linux, seconds since 1970 elsewhere): a pid reused by a later process has a
   * different start, so a recorded pid is ours only if its start matches.
   */
  start: number
  command: string
}

const HAS_PROC = existsSync("/proc/self/stat")

/** `withCommand: false` skips reading the command line: polling a group's members must stay cheap. */
function fromProc(pid: number, withCommand = true): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // The command name (field 2) is in parentheses and may hold spaces: split after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    // fields[0] is field 3 (state); pgid is field 5, starttime field 22.
    if (fields[0] === "Z") return undefined
    const command = withCommand ? readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ") : ""
    return { pid, pgid: Number(fields[2]), start: Number(fields[19]), command }
  } catch {
    return undefined
  }
}

function fromPs(): ProcessInfo[] {
  try {
    const out = execFileSync("ps", ["-A", "-o", "pid=,pgid=,lstart=,command="], { encoding: "utf8" })
    return out
      .split("\n")
      .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\w+\s+\w+\s+\d+\s+[\d:]+\s+\d+)\s+(.*)$/))
      .filter((m): m is RegExpMatchArray => !!m)
      .map((m) => ({ pid: Number(m[1]), pgid: Number(m[2]), start: Date.parse(m[3]) / 1000, command: m[4] }))
  } catch {
    return []
  }
}

/** Every process this user can see (zombies left out: they hold nothing). */
export function listProcesses(withCommand = true): ProcessInfo[] {
  if (!HAS_PROC) return fromPs()
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => fromProc(Number(name), withCommand))
    .filter((p): p is ProcessInfo => !!p)
}

/** One process, or undefined when it is gone. */
export function processInfo(pid: number): ProcessInfo | undefined {
  return HAS_PROC ? fromProc(pid) : fromPs().find((p) => p.pid === pid)
}

/** The processes of a process group still alive. */
export function groupMembers(pgid: number): ProcessInfo[] {
  return listProcesses(false).filter((p) => p.pgid === pgid)
}

/**
 * Who listens on a TCP port, to name it when the port is taken ("pid 123:
 * node …/medusa start"). Linux only (from /proc); undefined elsewhere or when
 * the listener belongs to another user.
 */
export function portHolder(port: number): ProcessInfo | undefined {
  if (!HAS_PROC) return undefined
  const inodes = new Set<string>()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = ""
    try {
      text = readFileSync(table, "utf8")
    } catch {
      continue
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/)
      // local_address is "HEXIP:HEXPORT", state 0A is LISTEN, inode is column 10.
      if (cols.length > 9 && cols[3] === "0A" && parseInt(cols[1].split(":")[1], 16) === port) inodes.add(cols[9])
    }
  }
  if (!inodes.size) return undefined
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${name}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${name}/fd/${fd}`)
        const inode = target.match(/^socket:\[(\d+)\]$/)?.[1]
        if (inode && inodes.has(inode)) return fromProc(Number(name))
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined
}
