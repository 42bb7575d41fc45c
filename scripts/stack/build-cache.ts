import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

// Build output, dependencies, and files the builds themselves write
// (next-env.d.ts), which would otherwise make every build look stale.
const SKIP = new Set(["node_modules", ".medusa", ".next", "static", "dist", "coverage", ".turbo", "next-env.d.ts"])

/** A content hash of the given files and folders (skipping build output and dependencies). */
export function hashSources(paths: string[]): string {
  const hash = createHash("sha256")
  const visit = (p: string) => {
    if (!existsSync(p)) return
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (!SKIP.has(entry) && !/\.(test\.tsx?|tsbuildinfo)$/.test(entry)) visit(path.join(p, entry))
      }
      return
    }
    hash.update(p).update(readFileSync(p))
  }
  paths.forEach(visit)
  return hash.digest("hex")
}

/**
 * Runs `build` only when the sources changed since the last successful build
 * (or any of its outputs is gone: a build stopped half-way, by Ctrl-C or by
 * another stack building the same folder, leaves some), so a second `npm start` is fast.
 */
export async function buildIfChanged(opts: {
  stampFile: string
  sources: string[]
  outputs: string[]
  build: () => Promise<void>
}): Promise<boolean> {
  const digest = hashSources(opts.sources)
  const previous = existsSync(opts.stampFile) ? readFileSync(opts.stampFile, "utf8") : ""
  if (previous === digest && opts.outputs.every((output) => existsSync(output))) return false
  await opts.build()
  mkdirSync(path.dirname(opts.stampFile), { recursive: true })
  writeFileSync(opts.stampFile, digest)
  return true
}
