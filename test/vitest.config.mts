import { defineConfig } from "vitest/config"

// HTTP suites run against the stack `npm test` starts (BACKEND_URL, PUBLISHABLE_KEY).
// Files run one at a time: they share one database and one server.
export default defineConfig({
  test: {
    include: ["http/**/*.spec.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
