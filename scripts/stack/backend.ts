import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { buildIfChanged, hashSources } from "./build-cache"
import { BACKEND_BUILD_DIR, BACKEND_DIR, ROOT, bin } from "./paths"
import { run, Service } from "./processes"
import type { StackConfig } from "./config"

const BACKEND_SOURCES = [
  path.join(BACKEND_DIR, "src"),
  path.join(BACKEND_DIR, "medusa-config.ts"),
  path.join(BACKEND_DIR, "package.json"),
  path.join(BACKEND_DIR, "tsconfig.json"),
  path.join(ROOT, "package-lock.json"),
]

/**
 * Where this stack's backend writes notifications (order confirmations,
 * password-reset links) as text files: dev and test stacks keep their own.
 */
export function outboxDir(stack: StackConfig): string {
  return (stack.name === "dev" && process.env.NOTIFICATION_OUTBOX_DIR) || path.join(stack.dataDir, "outbox")
}

/** `medusa build` (server and admin) when the backend's sources changed. */
export function buildBackend(stack: StackConfig): Promise<boolean> {
  return buildIfChanged({
    stampFile: path.join(stack.buildStampDir, "backend.sha256"),
    sources: BACKEND_SOURCES,
    // The server's config and the Admin's page: `medusa start` refuses to run without either.
    outputs: [path.join(BACKEND_BUILD_DIR, "medusa-config.js"), path.join(BACKEND_BUILD_DIR, "public", "admin", "index.html")],
    build: () =>
      run(bin("medusa", BACKEND_DIR), ["build"], {
        cwd: BACKEND_DIR,
        env: { ...process.env, NODE_ENV: "production" },
        logFile: path.join(stack.logDir, "backend-build.log"),
      }),
  })
}

/**
 * Medusa's migrations (module tables and link tables). Skipped when neither the
 * code nor the database changed since the last run; they take ~15 s otherwise.
 */
export async function migrate(stack: StackConfig, env: NodeJS.ProcessEnv): Promise<boolean> {
  const stampFile = path.join(stack.dataDir, "migrated.sha256")
  // The embedded cluster gets a new port each start: identify the database by
  // where it lives, not by its URL.
  const url = new URL(env.DATABASE_URL!)
  const database = stack.embeddedDatabase ? `embedded:${url.pathname}` : `${url.host}${url.pathname}`
  const digest = hashSources([...BACKEND_SOURCES]) + database
  // A fresh (test) database has no schema whatever the stamp says.
  if (!stack.fresh && existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest) return false
  await run(bin("medusa", BACKEND_DIR), ["db:migrate"], {
    cwd: BACKEND_DIR,
    env,
    logFile: path.join(stack.logDir, "backend-migrate.log"),
  })
  mkdirSync(path.dirname(stampFile), { recursive: true })
  writeFileSync(stampFile, digest)
  return true
}

/** Seeds the demo catalog once: only when the database holds no product yet. */
export async function seedIfEmpty(stack: StackConfig, env: NodeJS.ProcessEnv): Promise<boolean> {
  // Databases seeded before coordinators (or revenue-share rules, or partner
  // outlets) existed get them from the seed's already-seeded path (it adds
  // only what is missing).
  const { rows } = await sql(
    env.DATABASE_URL!,
    `select exists (select 1 from product where deleted_at is null) as seeded,
            exists (select 1 from coordinator where deleted_at is null) as coordinators,
            exists (select 1 from revenue_share_rule where deleted_at is null) as rules,
            exists (select 1 from outlet where deleted_at is null) as outlets`
  )
  if (rows[0].seeded && rows[0].coordinators && rows[0].rules && rows[0].outlets) return false
  await run(bin("medusa", BACKEND_DIR), ["exec", "./src/scripts/seed.ts"], {
    cwd: BACKEND_DIR,
    env,
    logFile: path.join(stack.logDir, "backend-seed.log"),
  })
  return true
}

/** The storefront's publishable key, read from the database so nobody copies it by hand. */
export async function publishableKey(databaseUrl: string): Promise<string> {
  const { rows } = await sql(
    databaseUrl,
    `select token from api_key
      where type = 'publishable' and revoked_at is null and deleted_at is null
      order by (title = 'Karya Binaan Storefront') desc, created_at limit 1`
  )
  if (!rows[0]) throw new Error("No publishable API key in the database: did the seed run?")
  return rows[0].token
}

/**
 * The built server, in production mode (server and worker in one process unless
 * MEDUSA_WORKER_MODE says otherwise). `name` tells several apart (scale-out).
 */
export function backendService(stack: StackConfig, env: NodeJS.ProcessEnv, name = "backend"): Service {
  return new Service(name, bin("medusa", BACKEND_DIR), ["start"], {
    cwd: BACKEND_BUILD_DIR,
    env: { ...env, NODE_ENV: "production" },
    logFile: path.join(stack.logDir, `${name}.log`),
  })
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}
