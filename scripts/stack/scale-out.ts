import { rmSync } from "node:fs"
import path from "node:path"
import { backendService, buildBackend, migrate, outboxDir, publishableKey, seedIfEmpty } from "./backend"
import { backendEnv } from "./backend-env"
import type { StackConfig } from "./config"
import { openDatabase, type Database } from "./database"
import { assertPortFree, freePort } from "./free-port"
import { step, timed } from "./log"
import { claimDataDir, releaseDataDir } from "./process-registry"
import type { Service } from "./processes"
import { flushRedisDatabase } from "./redis"
import { loadSecrets } from "./secrets"

export type ScaleOut = {
  /** The two backend servers (MEDUSA_WORKER_MODE=server). */
  serverUrls: [string, string]
  databaseUrl: string
  publishableKey: string
  outboxDir: string
  /** Each process's log file, by name: server-a, server-b, worker. */
  logFiles: Record<string, string>
  stop(): Promise<void>
}

/**
 * The production topology on one machine: two backend servers and one worker
 * (MEDUSA_WORKER_MODE) of the built backend, sharing a fresh, seeded database
 * and one Redis (event bus, workflow engine, locking, caching). The servers
 * take the stack's two ports, the worker a free one (it answers /health only).
 */
export async function startScaleOut(stack: StackConfig, redisUrl: string): Promise<ScaleOut> {
  const ports = { "server-a": stack.backendPort, "server-b": stack.storefrontPort, worker: await freePort() }
  await claimDataDir(stack.dataDir)
  await assertPortFree(ports["server-a"], "scale-out server a")
  await assertPortFree(ports["server-b"], "scale-out server b")
  rmSync(outboxDir(stack), { recursive: true, force: true })
  const services: Service[] = []
  let db: Database | undefined
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()))
    await db?.stop()
    releaseDataDir()
  }
  try {
    await timed("Building the backend (skipped when unchanged)", async () => {
      if (!(await buildBackend(stack))) step("Backend build is up to date")
    })
    db = await timed("Starting the database", () =>
      openDatabase({ dataDir: stack.dataDir, name: stack.databaseName, externalUrl: process.env.DATABASE_URL, fresh: true })
    )
    stack.embeddedDatabase = db.embedded
    // Stale queues or cache from an earlier run must not reach this database's processes.
    await flushRedisDatabase(redisUrl)
    const env = { ...backendEnv(stack, db.url, loadSecrets(stack.dataDir)), REDIS_URL: redisUrl }
    await timed("Running database migrations", () => migrate(stack, env))
    await timed("Seeding the demo catalog", () => seedIfEmpty(stack, env))
    const key = await publishableKey(db.url)
    const logFiles: Record<string, string> = {}
    for (const [name, port] of Object.entries(ports)) {
      const mode = name === "worker" ? "worker" : "server"
      const service = backendService(stack, { ...env, PORT: String(port), MEDUSA_WORKER_MODE: mode, DISABLE_MEDUSA_ADMIN: "true" }, name)
      services.push(service)
      logFiles[name] = path.join(stack.logDir, `${name}.log`)
      // Tests read these logs (the scheduled job ran in one process): only this run's lines.
      rmSync(logFiles[name], { force: true })
      service.start()
    }
    await timed("Starting two servers and a worker", () =>
      Promise.all(services.map((service, i) => service.waitFor(`http://localhost:${Object.values(ports)[i]}/health`)))
    )
    return {
      serverUrls: [`http://localhost:${ports["server-a"]}`, `http://localhost:${ports["server-b"]}`],
      databaseUrl: db.url,
      publishableKey: key,
      outboxDir: outboxDir(stack),
      logFiles,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
