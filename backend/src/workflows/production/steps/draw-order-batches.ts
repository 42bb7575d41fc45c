import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { DrawLine, ProductionModuleService } from "../../../modules/production/service"

/** Draws and expiry of one variant's batches never interleave, across processes (Locking module). */
export const batchLockKey = (variantId: string) => `production-batches:${variantId}`

type Quantity = number | string | { numeric?: number; value?: string } | null | undefined
type OrderRow = {
  id: string
  items?: ({ id: string; variant_id?: string | null; quantity?: Quantity; detail?: { quantity?: Quantity } | null } | null)[] | null
}

/** Order quantities come back as BigNumber objects from Query, not plain numbers. */
function toQuantity(q: Quantity): number {
  if (typeof q === "number") return q
  if (typeof q === "string") return Number(q)
  if (q && typeof q.numeric === "number") return q.numeric
  return Number(q?.value ?? 0)
}

/**
 * Supplies each line of the order from its variant's batches, first expiry
 * first out. At-least-once delivery is fine: lines already drawn are skipped
 * under the variant locks, and the unique (line, batch) index backs that up.
 */
export const drawOrderBatchesStep = createStep(
  "draw-order-batches",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      // Query fills a line's quantity only when its order detail is asked for too.
      fields: ["id", "metadata", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity"],
      filters: { id: order_id },
    })
    const order = data[0] as (OrderRow & { metadata?: Record<string, unknown> | null }) | undefined
    // A consignment sale is drawn from the batches placed at the outlet, by
    // the report that made it, never from the cohort's shelf.
    if (order?.metadata?.consignment_report_id) return new StepResponse([], [])
    const lines: DrawLine[] = (order?.items ?? []).flatMap((item) =>
      item?.variant_id ? [{ order_id, line_item_id: item.id, variant_id: item.variant_id, quantity: toQuantity(item.detail?.quantity ?? item.quantity) }] : []
    )
    if (!lines.length) return new StepResponse([], [])

    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const keys = [...new Set(lines.map((l) => l.variant_id))].sort().map(batchLockKey)
    const draws = await container
      .resolve(Modules.LOCKING)
      .execute(keys, () => production.drawForLines(lines, new Date()), { timeout: 30 })
    return new StepResponse(draws, draws.map((d) => d.id))
  },
  async (drawIds, { container }) => {
    if (drawIds?.length) await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).returnDraws(drawIds)
  }
)
