import { defineConfig } from "vitest/config"

// Benchmarks (`npm run bench` at the root): booted like the integration suites
// (vitest.integration.config.mts), on integration-tests/bench; they print
// figures and assert nothing about time.
export default defineConfig({
  test: {
    include: ["integration-tests/bench/**/*.bench.ts"],
    environment: "node",
    globals: true,
    setupFiles: ["integration-tests/setup.ts"],
    pool: "threads",
    poolOptions: { threads: { singleThread: true } },
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
  },
})
