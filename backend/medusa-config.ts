import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { midtransProviders } from "./src/lib/midtrans-providers"
import { outboxDir } from "./src/lib/outbox-dir"
import { requiredSecret } from "./src/lib/production-secrets"
import { publicUploadBaseUrl, uploadDir } from "./src/lib/upload-dir"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const stripeApiKey = process.env.STRIPE_API_KEY

// With REDIS_URL, every process shares events, workflow state and locks,
// so several servers and workers can run side by side. Without it, one process
// keeps them in memory: fine for a laptop, never for more than one instance.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// Medusa's Caching Module keeps store reads (product lists and pages with their
// prices, categories, regions, cohorts) out of PostgreSQL until an event says the
// data changed. With Redis the cache is shared, so an event handled by any server
// or worker clears it for all; without Redis there is one process, so its own
// memory is the right place. On unless MEDUSA_FF_CACHING=false (the bench's
// "before"). Medusa clears entries on its own modules' events; changes made
// through our modules, links and translations are cleared by
// src/subscribers/invalidate-store-cache.ts.
const storeCache = process.env.MEDUSA_FF_CACHING !== "false"
const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
    : // Entries are handed out as copies: Medusa's useQueryGraphStep turns a cached
      // list result into its first row in place (isList: false), so without copies the
      // next hit on the same key read `[0]` of a row, and a returning customer's cart
      // transfer at login failed with a 500 (the customer looked up twice). Redis
      // entries are copies by nature.
      { in_memory: { enable: true, useClones: true } },
}

// Servers on different hosts cannot share a folder: with S3_BUCKET set, uploads go
// to S3 (or an S3-compatible store such as MinIO, S3_ENDPOINT); unset, to the local
// folder served at /uploads, as on `npm start`.
const s3Bucket = process.env.S3_BUCKET
const s3Region = process.env.S3_REGION || "us-east-1"
// Where browsers fetch uploads (the bucket's public URL unless S3_FILE_URL says
// otherwise, or our /uploads); image URLs sent to us are checked against the same.
const uploadBaseUrl = publicUploadBaseUrl()
const fileProvider = s3Bucket
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: s3Bucket,
        region: s3Region,
        endpoint: process.env.S3_ENDPOINT || undefined,
        file_url: uploadBaseUrl,
        access_key_id: process.env.S3_ACCESS_KEY_ID,
        secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
        prefix: process.env.S3_PREFIX,
        // MinIO and most S3-compatible stores address buckets by path, not by subdomain.
        additional_client_config: { forcePathStyle: process.env.S3_FORCE_PATH_STYLE !== "false" && !!process.env.S3_ENDPOINT },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      // Served by src/api/uploads/[file]/route.ts, outside the build output.
      options: { upload_dir: uploadDir(), backend_url: uploadBaseUrl },
    }

// In production Medusa marks the admin's session cookie Secure (and SameSite=None),
// and express-session then refuses to set it on a plain-http request: nobody
// could log in to /app on `npm start` or an http-only compose. Secure follows
// the backend's public URL instead; behind HTTPS it stays Secure.
const secureCookies = process.env.COOKIE_SECURE ? process.env.COOKIE_SECURE === "true" : backendUrl.startsWith("https://")

module.exports = defineConfig({
  projectConfig: {
    cookieOptions: secureCookies ? { secure: true, sameSite: "none" } : { secure: false, sameSite: "lax" },
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      // In production both must be real (the server refuses to start otherwise).
      jwtSecret: requiredSecret("JWT_SECRET"),
      cookieSecret: requiredSecret("COOKIE_SECRET"),
      // Coordinators sign in with email and password only (POST /auth/coordinator/emailpass).
      authMethodsPerActor: { coordinator: ["emailpass"] },
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // Unset means same origin: the admin at /app calls the server that serves it,
    // whatever host and port that is. Set it only when the admin is hosted apart.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL,
  },
  featureFlags: {
    // Catalog content is Indonesian; English comes from the Translation module.
    translation: true,
    // Medusa 2.21 keeps the Caching Module behind this flag (see storeCache above).
    caching: storeCache,
  },
  modules: [
    { resolve: "./src/modules/auth-throttle" },
    { resolve: "./src/modules/cohort" },
    { resolve: "./src/modules/food-label" },
    { resolve: "./src/modules/maker-note" },
    { resolve: "./src/modules/coordinator" },
    { resolve: "./src/modules/production" },
    { resolve: "./src/modules/outlet" },
    { resolve: "./src/modules/revenue-share" },
    { resolve: "./src/modules/ledger" },
    { resolve: "./src/modules/payout" },
    // Trainings, attendance and programme inputs; the impact figures (issue 17).
    { resolve: "./src/modules/impact" },
    // Product search (typo-tolerant, both languages) over its own index table; SEARCH_TRIGRAM=false turns trigram similarity off.
    { resolve: "./src/modules/product-search", options: { trigram: process.env.SEARCH_TRIGRAM !== "false" } },
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [fileProvider],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          // "Bayar di outlet": cash at the partner outlet on pickup, no keys, always on.
          { resolve: "./src/modules/pay-at-outlet", id: "pay-at-outlet" },
          ...(stripeApiKey
            ? [
                {
                  resolve: "@medusajs/medusa/payment-stripe",
                  id: "stripe",
                  options: {
                    apiKey: stripeApiKey,
                    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                    capture: false,
                  },
                },
              ]
            : []),
          // QRIS, GoPay, ShopeePay and bank VAs, when MIDTRANS_SERVER_KEY and MIDTRANS_CLIENT_KEY are set.
          ...midtransProviders(),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            // Emails become plain-text files in the outbox folder (NOTIFICATION_OUTBOX_DIR):
            // order confirmations and password-reset links a person can open.
            resolve: "./src/modules/outbox-notification",
            id: "outbox",
            options: { channels: ["email"], dir: outboxDir() },
          },
        ],
      },
    },
    ...(storeCache ? [cachingModule] : []),
    ...redisModules,
  ],
})
