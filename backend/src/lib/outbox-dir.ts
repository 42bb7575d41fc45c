import { existsSync, readFileSync } from "node:fs"
import path from "node:path"

/**
 * Where notifications are written for a person to read. `npm start` and
 * `npm test` point each stack at `.data/<stack>/outbox`; otherwise the
 * repository's `.data/outbox`, found by walking up from the working directory
 * (the backend runs from backend/ in development and backend/.medusa/server
 * when built).
 */
export function outboxDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.NOTIFICATION_OUTBOX_DIR) return path.resolve(env.NOTIFICATION_OUTBOX_DIR)
  return path.join(repoRoot(cwd) ?? cwd, ".data", "outbox")
}

function repoRoot(from: string): string | undefined {
  let dir = path.resolve(from)
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, "package.json")
    if (existsSync(manifest) && isWorkspaceRoot(manifest)) return dir
    dir = path.dirname(dir)
  }
  return undefined
}

function isWorkspaceRoot(manifest: string): boolean {
  try {
    return Array.isArray(JSON.parse(readFileSync(manifest, "utf8")).workspaces)
  } catch {
    return false
  }
}
