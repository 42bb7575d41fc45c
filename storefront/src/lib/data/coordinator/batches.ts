import "server-only"
import type { CoordinatorBatchListResponse, CoordinatorBatchRecallResponse, CoordinatorBatchResponse } from "@karya-binaan/contract"
import type { Batch, RecallRecipient } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeBatch, reshapeRecallOrder } from "./reshape"

export async function listBatches(cohortId: string): Promise<Batch[]> {
  const { batches } = await portalRead<CoordinatorBatchListResponse>("/coordinator/batches", { cohort_id: cohortId })
  return batches.map(reshapeBatch)
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
