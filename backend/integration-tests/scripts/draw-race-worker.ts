import { existsSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { PRODUCTION_MODULE } from "../../src/modules/production"
import type { ProductionModuleService } from "../../src/modules/production/service"
import { drawOrderBatchesWorkflow } from "../../src/workflows/production/draw-order-batches"

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(2)
  }
}

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
  const file = (f: string) => path.join(dir, f)
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
  const outcomes: Outcome[] = []
  for (let round = 0; round < Number(rounds); round++) {
    writeFileSync(file(`${name}.ready-${round}`), "")
    await waitFor(() => existsSync(file(`a.ready-${round}`)) && existsSync(file(`b.ready-${round}`)), `both workers in round ${round}`)
    if (name === "a") {
      const draws = await production.listBatchDraws({ order_id: orderId }, { select: ["id"] })
      await production.returnDraws(draws.map((d) => d.id))
      writeFileSync(file(`go-${round}`), "")
    }
    await waitFor(() => existsSync(file(`go-${round}`)), `the go signal of round ${round}`)
    outcomes.push(await draw())
  }
  writeFileSync(file(`${name}.json`), JSON.stringify(outcomes))
}
