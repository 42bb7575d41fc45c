import { defineConfig } from "vitest/config"

// The scale-out suite runs against two backend servers and a worker that
// `npm test` starts on Redis (SCALE_OUT_SERVER_URLS), never the test stack.
export default defineConfig({
  test: {
    include: ["scale-out/**/*.spec.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
})
