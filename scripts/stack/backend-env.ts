import path from "node:path"
import { outboxDir } from "./backend"
import type { StackConfig } from "./config"
import { fakeMidtransEnv } from "./fake-midtrans-env"
import type { Secrets } from "./secrets"

/**
 * The backend's environment for a stack: its database, public URLs, CORS,
 * secrets and folders. `npm start`, `npm test`, the scale-out topology and the
 * load benchmark all start their backends (and run migrations and seeds) with it.
 */
export function backendEnv(stack: StackConfig, databaseUrl: string, secrets: Secrets): NodeJS.ProcessEnv {
  const backendUrl = `http://localhost:${stack.backendPort}`
  const storefrontUrl = `http://localhost:${stack.storefrontPort}`
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(stack.backendPort),
    // A deployment's public URL wins for the dev stack; tests always use their own.
    MEDUSA_BACKEND_URL: (stack.name === "dev" && process.env.MEDUSA_BACKEND_URL) || backendUrl,
    MEDUSA_UPLOAD_DIR: process.env.MEDUSA_UPLOAD_DIR || path.join(stack.dataDir, "uploads"),
    STORE_CORS: process.env.STORE_CORS || storefrontUrl,
    ADMIN_CORS: process.env.ADMIN_CORS || backendUrl,
    AUTH_CORS: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
    JWT_SECRET: secrets.jwtSecret,
    COOKIE_SECRET: secrets.cookieSecret,
    // Links in emails (password reset) point here; a deployment's public URL wins for the dev stack.
    STOREFRONT_URL: (stack.name === "dev" && process.env.STOREFRONT_URL) || storefrontUrl,
    NOTIFICATION_OUTBOX_DIR: outboxDir(stack),
    REVALIDATE_SECRET: secrets.revalidateSecret,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The test stack only: Midtrans on, its API faked in the backend's own process.
    ...fakeMidtransEnv(stack),
    // Six months of demo history in the seed: on for `npm start` (unless set to 0); off elsewhere,
    // since the test marketplace's tests count exact stock and statement totals.
    KARYA_DEMO_HISTORY: stack.name === "dev" ? (process.env.KARYA_DEMO_HISTORY || "1") : "0",
  }
}
