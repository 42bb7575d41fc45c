import { readFileSync } from "node:fs"

/** Busy and total CPU time of the whole machine so far, in clock ticks (Linux's /proc/stat); undefined elsewhere. */
function cpuTicks(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number)
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0) // idle + iowait
    const total = fields.reduce((a, b) => a + b, 0)
    return { busy: total - idle, total }
  } catch {
    return undefined
  }
}

export type Quiet = { waitedMs: number; busy?: number }

/**
 * Waits until the machine's CPUs are mostly idle: below `below` busy for
 * `forMs` on end, at most `maxMs`. A load that ends leaves work behind it that
 * /health does not show (the completions' captures, allocations, confirmation
 * e-mails, the catalog pages re-rendered after the stock changed), and
 * Lighthouse charges every millisecond another process takes from the
 * browser's main thread to the page, four times over on its mobile model.
 * Lighthouse's own guidance is to audit on a machine with nothing else running.
 */
export async function machineQuiet({ below = 0.15, forMs = 5_000, maxMs = 120_000 } = {}): Promise<Quiet> {
  const start = Date.now()
  let calmSince: number | undefined
  let last = cpuTicks()
  if (!last) return { waitedMs: 0 }
  let busy = 1
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 1_000))
    const now = cpuTicks()!
    busy = (now.busy - last.busy) / Math.max(1, now.total - last.total)
    last = now
    if (busy >= below) {
      calmSince = undefined
      continue
    }
    calmSince ??= Date.now()
    if (Date.now() - calmSince >= forMs) break
  }
  return { waitedMs: Date.now() - start, busy }
}
