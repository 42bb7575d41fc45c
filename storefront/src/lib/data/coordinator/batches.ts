import "server-only"
import type { CoordinatorBatchListResponse, CoordinatorBatchRecallResponse, CoordinatorBatchResponse } from "@karya-binaan/contract"
import type { Batch, RecallRecipient } from "@/lib/types/coordinator"
import { expiryStatus } from "@/lib/util/batch-expiry"
import { pageQuery } from "../list-page"
import { portalRead } from "./read"
import { reshapeBatch, reshapeRecallOrder } from "./reshape"

/** Batches on one page of the batch list. */
export const BATCHES_PAGE_SIZE = 20

/** The most the backend gives in one read (its maximum `limit`). */
const LARGEST_PAGE = 200

async function readBatches(cohortId: string, query: { limit: number; offset: number; order?: string }): Promise<{ batches: Batch[]; count: number }> {
  const { batches, count } = await portalRead<CoordinatorBatchListResponse>("/coordinator/batches", { cohort_id: cohortId, ...query })
  return { batches: batches.map(reshapeBatch), count }
}

/** One page (1-based) of the cohort's batches, the latest made first (what was just recorded at the top), with how many there are. */
export async function listBatches(cohortId: string, page = 1): Promise<{ batches: Batch[]; count: number }> {
  return readBatches(cohortId, { ...pageQuery(page, BATCHES_PAGE_SIZE), order: "-production_date" })
}

/**
 * The cohort's batches with stock left that expire soon (batch-expiry.ts). The
 * list comes soonest expiry first, so reading stops at the first page that
 * reaches a batch expiring later or never, whatever the cohort's history.
 */
export async function listBatchesExpiringSoon(cohortId: string, today: string): Promise<Batch[]> {
  const soon: Batch[] = []
  for (let offset = 0; ; offset += LARGEST_PAGE) {
    const { batches, count } = await readBatches(cohortId, { limit: LARGEST_PAGE, offset })
    soon.push(...batches.filter((b) => b.remaining > 0 && expiryStatus(b.expiryDate, today)?.status === "soon"))
    const last = batches.at(-1)
    const later = !last || (expiryStatus(last.expiryDate, today)?.status ?? "ok") === "ok"
    if (later || offset + LARGEST_PAGE >= count) return soon
  }
}

export async function getBatch(id: string): Promise<Batch> {
  const { batch } = await portalRead<CoordinatorBatchResponse>(`/coordinator/batches/${encodeURIComponent(id)}`)
  return reshapeBatch(batch)
}

/** Every order, with its shipping contact, that received units of this batch. */
export async function getBatchRecall(id: string): Promise<RecallRecipient[]> {
  const { orders } = await portalRead<CoordinatorBatchRecallResponse>(`/coordinator/batches/${encodeURIComponent(id)}/recall`)
  return orders.map(reshapeRecallOrder)
}
