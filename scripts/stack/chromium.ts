import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { bin } from "./paths"
import { step } from "./log"

/**
 * The browser for Playwright: a system Chromium where there is one (Debian's
 * package; Playwright cannot download its own without internet), else
 * Playwright's own build, installed on demand.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  const found = candidates.find((p): p is string => !!p && existsSync(p))
  if (found) return found
  step("No system Chromium found: installing Playwright's own Chromium")
  execFileSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" })
  return undefined
}
