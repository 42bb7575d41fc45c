import type { ExecArgs } from "@medusajs/framework/types"
import { raceRounds } from "./race-rounds"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { allocateOrderRevenueWorkflow } from "../../src/workflows/revenue-share/allocate-order-revenue"

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
  await raceRounds({
    dir,
    name,
    rounds: Number(rounds),
    reset: async () => {
      const entries = await ledger.listLedgerEntries({ order_id: orderId }, { select: ["id"] })
      await ledger.removeAppendedLedgerEntries(entries.map((e) => e.id))
    },
    race: allocate,
  })
}
