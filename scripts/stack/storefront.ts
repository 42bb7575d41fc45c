import path from "node:path"
import { buildIfChanged } from "./build-cache"
import { ROOT, STOREFRONT_DIR, bin } from "./paths"
import { run, Service } from "./processes"
import type { StackConfig } from "./config"

/**
 * `next build` when the storefront changed. The build needs no backend: every
 * page that reads the catalog renders at request time with runtime settings.
 */
export function buildStorefront(stack: StackConfig): Promise<boolean> {
  return buildIfChanged({
    stampFile: path.join(stack.buildStampDir, "storefront.sha256"),
    sources: [STOREFRONT_DIR, path.join(ROOT, "package-lock.json")],
    outputs: [path.join(STOREFRONT_DIR, ".next", "BUILD_ID")],
    build: () =>
      run(bin("next", STOREFRONT_DIR), ["build"], {
        cwd: STOREFRONT_DIR,
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
        logFile: path.join(stack.logDir, "storefront-build.log"),
      }),
  })
}

export function storefrontService(stack: StackConfig, env: NodeJS.ProcessEnv): Service {
  return new Service("storefront", bin("next", STOREFRONT_DIR), ["start", "-p", String(stack.storefrontPort)], {
    cwd: STOREFRONT_DIR,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    logFile: path.join(stack.logDir, "storefront.log"),
  })
}
