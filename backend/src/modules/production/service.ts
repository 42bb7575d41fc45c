import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { allocateFefo, expiredWithStock } from "./fefo"
import { BatchContribution } from "./models/batch-contribution"
import { BatchDraw } from "./models/batch-draw"
import { Participant } from "./models/participant"
import { ProductionBatch } from "./models/production-batch"

/** One order line to supply from batches. */
export type DrawLine = { order_id: string; line_item_id: string; variant_id: string; quantity: number }
export type CreatedDraw = { id: string; batch_id: string; line_item_id: string; quantity: number }
export type ExpiredBatch = { batch_id: string; inventory_item_id: string; location_id: string; quantity: number }

type BatchRow = {
  id: string
  remaining_quantity: number
  expiry_date: Date | null
  production_date: Date
  expired_at: Date | null
  inventory_item_id: string
  location_id: string
}

export class ProductionModuleService extends MedusaService({
  Participant,
  ProductionBatch,
  BatchContribution,
  BatchDraw,
}) {
  /**
   * Supplies order lines from their variant's batches, first expiry first out,
   * in one transaction. A line that already has draws is skipped, so a
   * redelivered order.placed draws nothing; the unique (line, batch) index
   * stops a second worker that read "no draws" at the same moment.
   */
  @InjectTransactionManager()
  async drawForLines(lines: DrawLine[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<CreatedDraw[]> {
    if (!lines.length) return []
    const existing = await this.listBatchDraws({ line_item_id: lines.map((l) => l.line_item_id) }, { select: ["line_item_id"] }, sharedContext)
    const done = new Set(existing.map((d) => d.line_item_id))
    const todo = lines.filter((l) => !done.has(l.line_item_id))
    if (!todo.length) return []

    const batches = (await this.listProductionBatches(
      { variant_id: [...new Set(todo.map((l) => l.variant_id))], expired_at: null },
      { select: ["id", "variant_id", "remaining_quantity", "expiry_date", "production_date", "expired_at"] },
      sharedContext
    )) as (BatchRow & { variant_id: string })[]

    const created: CreatedDraw[] = []
    const drawn = new Map<string, number>()
    for (const line of todo) {
      const own = batches.filter((b) => b.variant_id === line.variant_id)
      const { draws } = allocateFefo(own, line.quantity, now)
      if (!draws.length) continue
      const rows = await this.createBatchDraws(
        draws.map((d) => ({ order_id: line.order_id, line_item_id: line.line_item_id, batch_id: d.batch_id, quantity: d.quantity })),
        sharedContext
      )
      for (const row of rows) created.push({ id: row.id, batch_id: row.batch_id, line_item_id: row.line_item_id, quantity: row.quantity })
      // Later lines of the same variant see what this line took.
      for (const d of draws) {
        const b = own.find((x) => x.id === d.batch_id)!
        b.remaining_quantity -= d.quantity
        drawn.set(d.batch_id, (drawn.get(d.batch_id) ?? 0) + d.quantity)
      }
    }
    if (drawn.size) {
      await this.updateProductionBatches(
        [...drawn.keys()].map((id) => ({ id, remaining_quantity: batches.find((b) => b.id === id)!.remaining_quantity })),
        sharedContext
      )
    }
    return created
  }

  /** Gives drawn units back to their batches and forgets the draws (workflow compensation). */
  @InjectTransactionManager()
  async returnDraws(drawIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!drawIds.length) return
    const draws = await this.listBatchDraws({ id: drawIds }, { select: ["id", "batch_id", "quantity"] }, sharedContext)
    const back = new Map<string, number>()
    for (const d of draws) back.set(d.batch_id, (back.get(d.batch_id) ?? 0) + d.quantity)
    const batches = await this.listProductionBatches({ id: [...back.keys()] }, { select: ["id", "remaining_quantity"] }, sharedContext)
    await this.updateProductionBatches(
      batches.map((b) => ({ id: b.id, remaining_quantity: b.remaining_quantity + (back.get(b.id) ?? 0) })),
      sharedContext
    )
    await this.deleteBatchDraws(draws.map((d) => d.id), sharedContext)
  }

  /**
   * Marks batches past expiry as written off and empties them, once each.
   * Returns what left each stock level, for the inventory adjustment.
   */
  @InjectTransactionManager()
  async expireBatches(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<ExpiredBatch[]> {
    const candidates = (await this.listProductionBatches(
      { expired_at: null, expiry_date: { $lte: now }, remaining_quantity: { $gt: 0 } },
      { select: ["id", "remaining_quantity", "expiry_date", "production_date", "expired_at", "inventory_item_id", "location_id"] },
      sharedContext
    )) as BatchRow[]
    const expired = expiredWithStock(candidates, now)
    if (!expired.length) return []
    await this.updateProductionBatches(
      expired.map((b) => ({ id: b.id, expired_at: now, expired_quantity: b.remaining_quantity, remaining_quantity: 0 })),
      sharedContext
    )
    return expired.map((b) => ({
      batch_id: b.id,
      inventory_item_id: b.inventory_item_id,
      location_id: b.location_id,
      quantity: b.remaining_quantity,
    }))
  }

  /** Undoes expireBatches for these batches (workflow compensation). */
  @InjectTransactionManager()
  async unexpireBatches(expired: ExpiredBatch[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!expired.length) return
    await this.updateProductionBatches(
      expired.map((e) => ({ id: e.batch_id, expired_at: null, expired_quantity: 0, remaining_quantity: e.quantity })),
      sharedContext
    )
  }
}

export default ProductionModuleService
