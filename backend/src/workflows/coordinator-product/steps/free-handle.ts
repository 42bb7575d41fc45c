import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { handleCandidates, slugOf } from "../handle"

export const freeHandleStepId = "coordinator-product-free-handle"

/**
 * A readable URL handle for a new product: the title's slug when no product
 * has it ("keripik-pisang"), else the first free "-2", "-3"… Reads only, so
 * nothing to undo; two products created at the same instant with one title
 * can still meet Medusa's unique handle index, which refuses the second.
 */
export const freeHandleStep = createStep(freeHandleStepId, async ({ title }: { title: string }, { container }) => {
  const candidates = handleCandidates(slugOf(title))
  const taken = await container.resolve(Modules.PRODUCT).listProducts({ handle: candidates }, { select: ["handle"], take: candidates.length })
  const used = new Set(taken.map((p) => p.handle))
  return new StepResponse(candidates.find((h) => !used.has(h)) ?? `${candidates[0]}-${Date.now().toString(36)}`)
})
