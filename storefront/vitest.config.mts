import path from "node:path"
import { defineConfig } from "vitest/config"

// Unit tests cover pure functions only (formatting, reshaping, parsing);
// server-only data fetching is exercised by the Playwright suite.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, "src") } },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
})
