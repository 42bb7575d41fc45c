/**
 * One lock per outlet around everything that changes its consigned stock
 * (placements, sell-through reports, returns): a report and a return on the
 * same placement, or two reports for one period, run one after the other, so
 * each reads the counts the other left. Taken before the batch lock
 * (batchLockKey), never after it, so the two can't deadlock.
 */
export const outletConsignmentLockKey = (outletId: string) => `outlet-consignment:${outletId}`

/** Seconds a caller waits for the outlet's lock (a report completes a cart meanwhile), and how long a lock lives at most. */
export const OUTLET_LOCK = { timeout: 60, ttl: 120 } as const
