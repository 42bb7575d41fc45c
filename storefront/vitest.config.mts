import path from "node:path"
import { defineConfig } from "vitest/config"

// Unit tests cover pure functions only (formatting, reshaping, parsing);
// server-only data fetching is exercised by the Playwright suite.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, "src") } },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // next-intl's middleware (imported by src/proxy.ts, whose matcher a test reads)
    // imports "next/server" without an extension: let Vite resolve it.
    server: { deps: { inline: ["next-intl"] } },
  },
})
