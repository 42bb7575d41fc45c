import { defineConfig, devices } from "@playwright/test"

// Browser suites run against a storefront that is already up (`npm test` starts
// one on :8100 with its own backend); they start nothing themselves.
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://localhost:8100",
    trace: "retain-on-failure",
    // The shop is Indonesian first; the browser's own language must not matter.
    locale: "id-ID",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // A system Chromium (Debian's /usr/bin/chromium) when given, else Playwright's own.
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
})
