import { spawn } from "node:child_process"
import { fail, step } from "./log"

/**
 * Runs one suite (tests or a benchmark) as a child process and says how it
 * ended. Asynchronous on purpose: the calling process also reads the embedded
 * PostgreSQL server's output, and blocking it (as spawnSync did) let that pipe
 * fill until the server stalled mid-migration.
 */
export async function runSuite(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  step(`▶ ${name}`)
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" })
    child.on("error", reject)
    child.on("close", (code) => resolve(code))
  })
  const ok = status === 0
  ;(ok ? step : fail)(`${ok ? "✔" : "✘"} ${name}`)
  return ok
}
