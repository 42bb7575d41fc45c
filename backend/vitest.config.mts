import { defineConfig } from "vitest/config"

// Unit tests sit beside the code they test; HTTP suites live in /test.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
})
