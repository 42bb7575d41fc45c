import { spawn } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..", "..")

/** An operator's `npm run <script> -- <args>` at the repository root: exit status and output. Asynchronous, like ledgerVerify. */
export function npmRun(script: string, args: string[], timeoutMs = 300_000): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, timeout: timeoutMs })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, output }))
  })
}
