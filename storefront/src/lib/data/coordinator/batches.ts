import "server-only"
import type { Batch, RecallRecipient } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeBatch, reshapeRecallOrder, type RawBatch, type RawRecallOrder } from "./reshape"

export async function listBatches(cohortId: string): Promise<Batch[]> {
  const { batches } = await portalRead<{ batches: RawBatch[] }>("/coordinator/batches", { cohort_id: cohortId })
  return batches.map(reshapeBatch)
}

export async function getBatch(id: string): Promise<Batch> {
  const { batch } = await portalRead<{ batch: RawBatch }>(`/coordinator/batches/${encodeURIComponent(id)}`)
  return reshapeBatch(batch)
}

/** Every order, with its shipping contact, that received units of this batch. */
export async function getBatchRecall(id: string): Promise<RecallRecipient[]> {
  const { orders } = await portalRead<{ orders: RawRecallOrder[] }>(`/coordinator/batches/${encodeURIComponent(id)}/recall`)
  return orders.map(reshapeRecallOrder)
}
