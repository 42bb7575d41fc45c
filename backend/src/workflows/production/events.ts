/**
 * Events the production workflows emit when the stock the shop sells changes
 * outside Medusa's own inventory workflows (which emit inventory-level.* themselves).
 */
export const PRODUCTION_EVENTS = {
  BATCH_RECORDED: "production-batch.recorded",
  BATCHES_EXPIRED: "production-batch.expired",
} as const
