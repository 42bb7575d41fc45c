// A module imports nothing above it, so the one constant it needs is its own.
const DAY_MS = 24 * 60 * 60 * 1000

/** What allocation needs to know of a batch. */
export type FefoBatch = {
  id: string
  remaining_quantity: number
  /** Null for goods that don't expire (crafts): they go after every dated batch. */
  expiry_date: Date | string | null
  production_date: Date | string
  expired_at?: Date | string | null
}

export type FefoDraw = { batch_id: string; quantity: number }

const time = (value: Date | string) => new Date(value).getTime()

/** A batch can supply units while it has some and its expiry is still ahead. */
export function isDrawable(batch: FefoBatch, now: Date): boolean {
  if (batch.expired_at || batch.remaining_quantity <= 0) return false
  return batch.expiry_date === null || time(batch.expiry_date) > now.getTime()
}

/**
 * First expiry, first out: the batch that expires soonest supplies first; ties
 * (and undated batches) go oldest production first, then by id so two workers
 * always pick the same order. Returns the draws and what no batch could supply
 * (stock recorded without a batch, or set by hand in Medusa Admin).
 */
export function allocateFefo(batches: FefoBatch[], quantity: number, now: Date): { draws: FefoDraw[]; shortfall: number } {
  const usable = batches.filter((b) => isDrawable(b, now))
  usable.sort((a, b) => {
    const ea = a.expiry_date === null ? Infinity : time(a.expiry_date)
    const eb = b.expiry_date === null ? Infinity : time(b.expiry_date)
    if (ea !== eb) return ea - eb
    const pa = time(a.production_date)
    const pb = time(b.production_date)
    if (pa !== pb) return pa - pb
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  const draws: FefoDraw[] = []
  // A quantity that isn't a number draws nothing rather than corrupting stock.
  let left = Number.isFinite(quantity) ? Math.max(0, Math.floor(quantity)) : 0
  for (const batch of usable) {
    if (left === 0) break
    const take = Math.min(left, batch.remaining_quantity)
    draws.push({ batch_id: batch.id, quantity: take })
    left -= take
  }
  return { draws, shortfall: left }
}

/** Batches whose expiry passed while units were left: those units must leave sellable stock. */
export function expiredWithStock<T extends FefoBatch>(batches: T[], now: Date): T[] {
  return batches.filter(
    (b) => !b.expired_at && b.remaining_quantity > 0 && b.expiry_date !== null && time(b.expiry_date) <= now.getTime()
  )
}

/** Food whose expiry falls within the warning window (30 days) and still has units. */
export function isExpiringSoon(batch: FefoBatch, now: Date, days = 30): boolean {
  if (batch.expiry_date === null || batch.expired_at || batch.remaining_quantity <= 0) return false
  const left = time(batch.expiry_date) - now.getTime()
  return left > 0 && left <= days * DAY_MS
}
