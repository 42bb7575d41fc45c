import type { ExecArgs } from "@medusajs/framework/types"
import { raceRounds } from "./race-rounds"
import { PRODUCTION_MODULE } from "../../src/modules/production"
import type { ProductionModuleService } from "../../src/modules/production/service"
import { drawOrderBatchesWorkflow } from "../../src/workflows/production/draw-order-batches"

type Outcome = { ok: boolean; draws?: number; error?: string }

/**
 * One of two `medusa exec` processes drawing the same order's batches at the
 * same moment (test/http/production/fefo-processes.spec.ts). Args: order id, a
 * shared folder, this worker's name ("a" or "b"), how many rounds. Each round,
 * once both workers are ready, "a" returns the order's draws (as if order.placed
 * had not been handled yet) and says go; both then run drawOrderBatchesWorkflow.
 * Each worker writes <name>.json: one { ok, draws } or { ok: false, error } a round.
 */
export default async function drawRaceWorker({ container, args }: ExecArgs) {
  const [orderId, dir, name, rounds] = args
  const draw = async (): Promise<Outcome> => {
    try {
      const { result } = await drawOrderBatchesWorkflow(container).run({ input: { order_id: orderId } })
      return { ok: true, draws: result.length }
    } catch (error) {
      return { ok: false, error: (error as { message?: string })?.message ?? JSON.stringify(error) }
    }
  }
  // Warm up on the drawn order (nothing to draw), so the first timed round is not the slow first call.
  await draw()
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  await raceRounds({
    dir,
    name,
    rounds: Number(rounds),
    reset: async () => {
      const draws = await production.listBatchDraws({ order_id: orderId }, { select: ["id"] })
      await production.returnDraws(draws.map((d) => d.id))
    },
    race: draw,
  })
}
