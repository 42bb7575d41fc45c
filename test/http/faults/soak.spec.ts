import { describe, expect, it } from "vitest"
import { env } from "../helpers/env"
import { npmRun } from "../helpers/npm-run"

// The short form of `npm run soak`: one minute of browsing, carts, checkouts,
// captures, refunds, cancellations, coordinator batches and outlet orders on
// the test marketplace, then its own checks (stock = start + batches − sales +
// returns per variant, each captured order allocated once, ledger:verify).
describe("npm run soak -- --minutes 1", () => {
  it("ends with stock, allocations and the ledger all consistent, and no request failed", { timeout: 420_000 }, async () => {
    const soak = await npmRun("soak", ["--minutes=1", `--backend-url=${env.backendUrl}`, `--database-url=${process.env.TEST_DATABASE_URL}`], 400_000)
    expect(soak.output).toMatch(/\d+ orders placed, [1-9]\d* captured, each allocated once: yes/)
    expect(soak.output).toMatch(/stock of \d+ variants = start \+ batches − sales \+ returns: yes/)
    expect(soak.output).toMatch(/ledger:verify: OK/)
    expect(soak.output).toMatch(/soak OK/)
    expect(soak.status, soak.output).toBe(0)
  })
})
