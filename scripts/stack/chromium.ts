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
  try {
    execFileSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" })
  } catch {
    throw new Error(
      "No browser for the browser tests: Playwright could not download Chromium (no internet?). " +
        "Install the system one (Debian: apt-get install -y chromium, which .ci/run does) or set PLAYWRIGHT_CHROMIUM_PATH."
    )
  }
  return undefined
}
