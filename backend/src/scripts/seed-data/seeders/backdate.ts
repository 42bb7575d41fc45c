import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * THE ONE PLACE the demo history moves time. Medusa's workflows stamp every
 * row with the moment they run and have no "as of" input, so the seed plays
 * each month through the real workflows today and then moves the rows those
 * workflows wrote back to the month they tell of. Everything that states when
 * something happened moves together, so what `npm run ledger:verify` compares
 * stays equal: a capture, its payment's captured_at, the ledger entries it
 * allocated (occurred_at = the capture's time, as allocation writes it) and
 * their open items; a refund and its reversal entries. Payout runs are made
 * only after their month was moved, so their periods hold what they paid.
 * Only the demo seed calls this (KARYA_DEMO_HISTORY); never a live database.
 */

export type OrderTimes = { order_id: string; placed_at: Date; paid_at?: Date; refunded_at?: Date; canceled_at?: Date }

export async function backdateOrder(container: MedusaContainer, t: OrderTimes): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx: any) => {
    const placed = t.placed_at
    await trx("order").where({ id: t.order_id }).update({ created_at: placed, updated_at: t.canceled_at ?? t.refunded_at ?? t.paid_at ?? placed, ...(t.canceled_at ? { canceled_at: t.canceled_at } : {}) })
    await trx("order_item").where({ order_id: t.order_id }).update({ created_at: placed, updated_at: placed })
    await trx("order_summary").where({ order_id: t.order_id }).update({ created_at: placed, updated_at: placed })
    await trx("order_shipping").where({ order_id: t.order_id }).update({ created_at: placed, updated_at: placed })
    await trx("order_change").where({ order_id: t.order_id }).update({ created_at: t.canceled_at ?? placed, updated_at: t.canceled_at ?? placed })
    const items = trx("order_item").select("item_id").where({ order_id: t.order_id })
    await trx("order_line_item").whereIn("id", items).update({ created_at: placed, updated_at: placed })
    await trx("batch_draw").where({ order_id: t.order_id }).update({ created_at: placed, updated_at: placed })
    const carts = trx("order_cart").select("cart_id").where({ order_id: t.order_id })
    await trx("cart").whereIn("id", carts).update({ created_at: placed, updated_at: placed, completed_at: placed })
    const collections = trx("order_payment_collection").select("payment_collection_id").where({ order_id: t.order_id })
    await trx("payment_collection").whereIn("id", collections).update({ created_at: placed, updated_at: t.paid_at ?? placed })
    const payments = await trx("payment").select("id").whereIn("payment_collection_id", collections)
    const paymentIds = payments.map((p: { id: string }) => p.id)
    await trx("payment").whereIn("id", paymentIds).update({ created_at: placed, updated_at: t.paid_at ?? placed, ...(t.paid_at ? { captured_at: t.paid_at } : {}) })
    await trx("payment_session").whereIn("payment_collection_id", collections).update({ created_at: placed, updated_at: placed })
    if (t.paid_at) {
      const captures = await trx("capture").select("id").whereIn("payment_id", paymentIds)
      const ids = captures.map((c: { id: string }) => c.id)
      await trx("capture").whereIn("id", ids).update({ created_at: t.paid_at, updated_at: t.paid_at })
      await trx("order_transaction").where({ order_id: t.order_id }).whereIn("reference_id", ids).update({ created_at: t.paid_at, updated_at: t.paid_at })
      await moveEntries(trx, t.order_id, ids, t.paid_at)
    }
    if (t.refunded_at) {
      const refunds = await trx("refund").select("id").whereIn("payment_id", paymentIds)
      const ids = refunds.map((r: { id: string }) => r.id)
      await trx("refund").whereIn("id", ids).update({ created_at: t.refunded_at, updated_at: t.refunded_at })
      await trx("order_transaction").where({ order_id: t.order_id }).whereIn("reference_id", ids).update({ created_at: t.refunded_at, updated_at: t.refunded_at })
      await moveEntries(trx, t.order_id, ids, t.refunded_at)
    }
    if (t.canceled_at) await moveEntries(trx, t.order_id, [`cancel:${t.order_id}`], t.canceled_at)
  })
}

/** A source's ledger entries (allocation by capture, reversal by refund or cancellation) and their open items. */
async function moveEntries(trx: any, orderId: string, sourceIds: string[], when: Date): Promise<void> {
  if (!sourceIds.length) return
  const entries = trx("ledger_entry").select("id").where({ order_id: orderId }).whereIn("source_id", sourceIds)
  await trx("ledger_unsettled_entry").whereIn("ledger_entry_id", entries).update({ occurred_at: when })
  await trx("ledger_entry").where({ order_id: orderId }).whereIn("source_id", sourceIds).update({ occurred_at: when, created_at: when, updated_at: when })
}

/** A history batch: made before the month's sales; food keeps its shelf life from that day. */
export async function backdateBatch(container: MedusaContainer, batchId: string, produced: Date, expiry: Date | null): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex("production_batch").where({ id: batchId }).update({ production_date: produced, expiry_date: expiry, created_at: produced, updated_at: produced })
  await knex("batch_contribution").where({ batch_id: batchId }).update({ created_at: produced, updated_at: produced })
}

/** Consignment placements and sell-through reports of the month. */
export async function backdateConsignment(container: MedusaContainer, placementIds: string[], placed: Date, reportId: string | null, reported: Date): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (placementIds.length) await knex("consignment_placement").whereIn("id", placementIds).update({ created_at: placed, updated_at: reported })
  if (reportId) await knex("consignment_report").where({ id: reportId }).update({ created_at: reported, updated_at: reported })
}

/** A payout run, its statements and their lines, made at the start of the next month. */
export async function backdatePayoutRun(container: MedusaContainer, runId: string, created: Date, paid: Date): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex("payout_run").where({ id: runId }).update({ created_at: created, updated_at: paid })
  const statements = knex("payout_statement").select("id").where({ run_id: runId })
  await knex("payout_statement_entry").whereIn("statement_id", statements).update({ created_at: created, updated_at: created })
  await knex("payout_statement").where({ run_id: runId }).update({ created_at: created, updated_at: paid })
}

/** A buyer's thank-you note: written when the plan says, and decided a day later (or still pending). */
export async function backdateNote(container: MedusaContainer, noteId: string, writtenAt: Date, decidedAt?: Date): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex("maker_note")
    .where({ id: noteId })
    .update({ created_at: writtenAt, updated_at: decidedAt ?? writtenAt, ...(decidedAt ? { moderated_at: decidedAt } : {}) })
}
