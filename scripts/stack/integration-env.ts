/**
 * Environment for a vitest run of medusaIntegrationTestRunner suites (backend
 * integration tests, benchmarks): the runner creates (and drops) its own
 * database on the server it finds in DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD.
 */
export function integrationEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DB_HOST: url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username),
    DB_PASSWORD: decodeURIComponent(url.password),
    NODE_ENV: "test",
  }
  // The runner listens on PORT when set; it must pick a free one itself.
  delete env.PORT
  delete env.DATABASE_URL
  return env
}
