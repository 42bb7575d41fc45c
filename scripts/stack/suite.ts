import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
import { fail, step } from "./log"

/** Lines of a suite's output that name a failed test or its error (vitest's ×, Playwright's ✘). */
const FAILURE_LINE = /^\s*(?:[✘×]\s|(?:Error|AssertionError|TimeoutError):\s)/
const ANSI = /\x1b\[[0-9;]*m/g
const KEPT_PER_SUITE = 12

const failures: { suite: string; lines: string[] }[] = []

/**
 * The failed tests of every suite run so far, as their runners named them.
 * `npm test` repeats them at its very end: a full run prints tens of thousands
 * of lines, and CI shows only the last of them.
 */
export function failedTests(): readonly { suite: string; lines: string[] }[] {
  return failures
}

/**
 * Runs one suite (tests or a benchmark) as a child process and says how it
 * ended. Asynchronous on purpose: the calling process also reads the embedded
 * PostgreSQL server's output, and blocking it (as spawnSync did) let that pipe
 * fill until the server stalled mid-migration. Its output passes through as it
 * comes; the lines naming failures are kept for failedTests().
 */
export async function runSuite(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  step(`▶ ${name}`)
  const kept: string[] = []
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}), ...env }, stdio: ["inherit", "pipe", "pipe"] })
    for (const [source, sink] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
      source.pipe(sink, { end: false })
      createInterface({ input: source }).on("line", (line) => {
        const plain = line.replace(ANSI, "")
        if (kept.length < KEPT_PER_SUITE && FAILURE_LINE.test(plain)) kept.push(plain.trim())
      })
    }
    child.on("error", reject)
    child.on("close", (code) => resolve(code))
  })
  const ok = status === 0
  if (!ok) failures.push({ suite: name, lines: kept })
  ;(ok ? step : fail)(`${ok ? "✔" : "✘"} ${name}`)
  return ok
}
