import { defineConfig } from "vitest/config"

// Backend integration suites: Medusa's medusaIntegrationTestRunner boots the
// whole app inside the test process on a fresh PostgreSQL database (DB_HOST,
// DB_PORT, DB_USERNAME, DB_PASSWORD; `npm test` points them at the test
// stack's server). Run through `npm test -- backend-integration`.
export default defineConfig({
  test: {
    include: ["integration-tests/http/**/*.spec.ts"],
    environment: "node",
    // The runner registers its hooks with the global describe/beforeAll.
    globals: true,
    setupFiles: ["integration-tests/setup.ts"],
    // One app at a time, in a worker thread: the runner calls process.send(port)
    // once listening, which would garble the IPC channel of a forked worker.
    pool: "threads",
    poolOptions: { threads: { singleThread: true } },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
