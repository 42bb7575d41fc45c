import { rmSync } from "node:fs"
import { backendService, buildBackend, migrate, outboxDir, publishableKey, seedIfEmpty } from "./backend"
import { backendEnv } from "./backend-env"
import type { StackConfig } from "./config"
import { openDatabase, type Database } from "./database"
import { assertPortFree } from "./free-port"
import { step, timed } from "./log"
import { claimDataDir, releaseDataDir } from "./process-registry"
import { stopRuns, type Service } from "./processes"
import { loadSecrets } from "./secrets"
import { buildStorefront, storefrontService } from "./storefront"

export type RunningStack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  embeddedDatabase: boolean
  /** Folder where the backend writes notifications as text files. */
  outboxDir: string
  stop(): Promise<void>
  /** Called once if the backend or the storefront dies on its own. */
  onCrash(handler: (name: string, logTail: string) => void): void
}

let stopStarting: (() => Promise<void>) | undefined

/** Ctrl-C while a stack is still starting: stop its builds, services and database. */
export async function abortStart(): Promise<void> {
  await stopStarting?.()
}

/**
 * Brings up a whole marketplace: database, migrations, demo seed, builds,
 * backend and storefront. Builds run while the database is prepared, since
 * neither needs the other. Whatever started is stopped again on failure.
 */
export async function startStack(
  stack: StackConfig,
  options: { storefront?: boolean; afterSeed?: (env: NodeJS.ProcessEnv) => Promise<void> } = {}
): Promise<RunningStack> {
  const withStorefront = options.storefront ?? true
  const backendUrl = `http://localhost:${stack.backendPort}`
  const storefrontUrl = `http://localhost:${stack.storefrontPort}`
  // Whatever an earlier, killed start of this data folder left running goes
  // first: it may be what holds the ports.
  await claimDataDir(stack.dataDir)
  await assertPortFree(stack.backendPort, "backend")
  await assertPortFree(stack.storefrontPort, "storefront")
  const secrets = loadSecrets(stack.dataDir)
  // A fresh database starts with an empty outbox: no email from an earlier run is mistaken for this one's.
  if (stack.fresh) rmSync(outboxDir(stack), { recursive: true, force: true })
  const services: Service[] = []
  let db: Database | undefined

  // Builds and both servers at once (each bounded by its grace period), the
  // database last, once nothing uses it any more.
  const stop = async () => {
    await Promise.all([stopRuns(), ...services.map((service) => service.stop())])
    await db?.stop()
    releaseDataDir()
  }
  stopStarting = stop

  try {
    const backendBuild = timed("Building the backend and Medusa Admin (skipped when unchanged)", async () => {
      if (!(await buildBackend(stack))) step("Backend build is up to date")
    })
    // Awaited below; until then a failure (or Ctrl-C) must not crash the process unhandled.
    backendBuild.catch(() => undefined)
    db = await timed("Starting the database", () =>
      openDatabase({
        dataDir: stack.dataDir,
        name: stack.databaseName,
        externalUrl: process.env.DATABASE_URL,
        fresh: stack.fresh,
      })
    )
    stack.embeddedDatabase = db.embedded
    const env = backendEnv(stack, db.url, secrets)
    await timed("Running database migrations (skipped when unchanged)", async () => {
      if (!(await migrate(stack, env))) step("Database schema is up to date")
    })
    await timed("Seeding the demo catalog (only into an empty database)", async () => {
      if (!(await seedIfEmpty(stack, env))) step("Demo catalog already present, not seeding again")
    })
    // More data before the backend starts (the bench's generated catalog): its
    // events then cannot leave a running server's cache stale.
    await options.afterSeed?.(env)
    await backendBuild
    const key = await publishableKey(db.url)

    const backend = backendService(stack, env)
    services.push(backend)
    backend.start()
    // The storefront builds while the backend boots; both are CPU-bound but
    // the backend mostly waits on its database connections.
    if (withStorefront) {
      await timed("Building the storefront (skipped when unchanged)", async () => {
        if (!(await buildStorefront(stack))) step("Storefront build is up to date")
      })
    }
    await timed(`Starting the backend on ${backendUrl}`, () => backend.waitFor(`${backendUrl}/health`))

    const storefront = withStorefront && storefrontService(stack, {
      ...process.env,
      // A deployment's public URL wins for the dev stack; tests always use their own.
      MEDUSA_BACKEND_URL: (stack.name === "dev" && process.env.MEDUSA_BACKEND_URL) || backendUrl,
      MEDUSA_PUBLISHABLE_KEY: key,
      SITE_URL: storefrontUrl,
      REVALIDATE_SECRET: secrets.revalidateSecret,
    })
    if (storefront) {
      services.push(storefront)
      storefront.start()
      await timed(`Starting the storefront on ${storefrontUrl}`, () => storefront.waitFor(storefrontUrl))
    }

    const onCrash = (handler: (name: string, logTail: string) => void) => {
      for (const service of services) service.onCrash = (s) => handler(s.name, s.logTail())
    }
    return { backendUrl, storefrontUrl, databaseUrl: db.url, publishableKey: key, embeddedDatabase: db.embedded, outboxDir: outboxDir(stack), stop, onCrash }
  } catch (error) {
    await stop()
    throw error
  }
}
