import { existsSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { allocateOrderRevenueWorkflow } from "../../src/workflows/revenue-share/allocate-order-revenue"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(2)
  }
}

type Outcome = { ok: boolean; entries?: number; error?: string }

/**
 * One of two `medusa exec` processes allocating the same captured order at the
 * same moment (test/http/revenue-share/allocation-processes.spec.ts), as when
 * payment.captured reaches two workers. Args: order id, a shared folder, this
 * worker's name ("a" or "b"), how many rounds. Each round, once both are ready,
 * "a" removes the order's ledger entries (a test-only reset: the ledger itself
 * is append-only) and says go; both then run allocateOrderRevenueWorkflow.
 * Each worker writes <name>.json: one { ok, entries } or { ok: false, error } a round.
 */
export default async function allocateRaceWorker({ container, args }: ExecArgs) {
  const [orderId, dir, name, rounds] = args
  const file = (f: string) => path.join(dir, f)
  const allocate = async (): Promise<Outcome> => {
    try {
      const { result } = await allocateOrderRevenueWorkflow(container).run({ input: { order_id: orderId } })
      return { ok: true, entries: result.length }
    } catch (error) {
      return { ok: false, error: (error as { message?: string })?.message ?? JSON.stringify(error) }
    }
  }
  // Warm up on the allocated order (nothing to add), so the first timed round is not the slow first call.
  await allocate()
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const outcomes: Outcome[] = []
  for (let round = 0; round < Number(rounds); round++) {
    writeFileSync(file(`${name}.ready-${round}`), "")
    await waitFor(() => existsSync(file(`a.ready-${round}`)) && existsSync(file(`b.ready-${round}`)), `both workers in round ${round}`)
    if (name === "a") {
      const entries = await ledger.listLedgerEntries({ order_id: orderId }, { select: ["id"] })
      await ledger.deleteLedgerEntries(entries.map((e) => e.id))
      writeFileSync(file(`go-${round}`), "")
    }
    await waitFor(() => existsSync(file(`go-${round}`)), `the go signal of round ${round}`)
    outcomes.push(await allocate())
  }
  writeFileSync(file(`${name}.json`), JSON.stringify(outcomes))
}
