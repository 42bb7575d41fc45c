import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { bin, BACKEND_DIR } from "../stack/paths"
import { Service } from "../stack/processes"

/**
 * The baseline for the store API: Medusa 2.21 as it comes (core modules only,
 * no caching module, none of our modules, links, routes or middlewares) on the
 * same database, started with `medusa start` from a folder holding nothing but
 * a medusa-config.js, inside the repository so that Medusa resolves from its node_modules.
 */
export function plainMedusa(dir: string, port: number, env: NodeJS.ProcessEnv): Service {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: process.env.JWT_SECRET, cookieSecret: process.env.COOKIE_SECRET },
  },
  admin: { disable: true },
})
`
  )
  // The medusa CLI runs `start` only where package.json depends on @medusajs/medusa.
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "plain-medusa", private: true, dependencies: { "@medusajs/medusa": "2.21.2" } }))
  return new Service("plain-medusa", bin("medusa", BACKEND_DIR), ["start"], {
    cwd: dir,
    env: { ...env, PORT: String(port), NODE_ENV: "production", MEDUSA_FF_CACHING: "false", MEDUSA_DISABLE_TELEMETRY: "true" },
    logFile: path.join(dir, "plain-medusa.log"),
  })
}
