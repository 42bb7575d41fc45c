import { defineConfig } from "vitest/config"

// The launcher suite starts `npm start` itself (own data folder, free ports),
// so it needs no test stack; a first start migrates and seeds, hence the time.
export default defineConfig({
  test: {
    include: ["launcher/**/*.spec.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
})
