import path from "node:path"
import { existsSync } from "node:fs"

export const ROOT = path.resolve(__dirname, "..", "..")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const BACKEND_BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")

/** A workspace binary, wherever npm hoisted it. */
export function bin(name: string, workspace: string = ROOT): string {
  for (const dir of [workspace, ROOT]) {
    const candidate = path.join(dir, "node_modules", ".bin", name)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`Cannot find "${name}" in node_modules/.bin: run "npm install" first`)
}
