import { mkdtempSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import path from "node:path"

// Medusa loads medusa-config.ts, modules, routes and subscribers with Node's
// own require, outside vitest's transform: register ts-node for them, as the
// `medusa` CLI does (backend/tsconfig.json: "ts-node": { "swc": true }).
createRequire(__filename)("ts-node").register({ transpileOnly: true })

// Read when medusa-config.ts loads, so set before the app boots. Stripe's and
// Midtrans' keys are fakes: every call to their APIs is intercepted in this process.
const scratch = mkdtempSync(path.join(tmpdir(), "karya-binaan-it-"))
Object.assign(process.env, {
  STRIPE_API_KEY: "sk_test_karya_binaan_intercepted",
  STRIPE_WEBHOOK_SECRET: "whsec_karya_binaan_intercepted",
  // Midtrans' sandbox keys of the test stack: api.sandbox.midtrans.com is intercepted too.
  MIDTRANS_SERVER_KEY: "SB-Mid-server-test-karya",
  MIDTRANS_CLIENT_KEY: "SB-Mid-client-test-karya",
  DISABLE_MEDUSA_ADMIN: "true",
  MEDUSA_UPLOAD_DIR: path.join(scratch, "uploads"),
  NOTIFICATION_OUTBOX_DIR: path.join(scratch, "outbox"),
  STOREFRONT_URL: "http://storefront.test",
  MEDUSA_DISABLE_TELEMETRY: "true",
})
process.env.DB_HOST ??= "localhost"
