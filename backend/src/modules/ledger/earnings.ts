/** A ledger entry as a cohort's earnings sum it. */
export type EarningEntry = {
  order_id: string
  bucket: string
  party_type: string
  party_id: string
  amount: number
  kind: string
  occurred_at: Date | string
}

/**
 * A cohort's earnings from its ledger entries (oldest first): per participant
 * allocated, reversed (as a positive amount) and net; per bucket net; per
 * order net and its first money event. Summed from entries, never stored.
 */
export function sumEarnings(entries: EarningEntry[]) {
  const participants = new Map<string, { allocated: number; reversed: number }>()
  const buckets: Record<string, number> = {}
  const orders = new Map<string, { occurred_at: Date | string; amount: number }>()
  for (const e of entries) {
    buckets[e.bucket] = (buckets[e.bucket] ?? 0) + e.amount
    const o = orders.get(e.order_id) ?? { occurred_at: e.occurred_at, amount: 0 }
    o.amount += e.amount
    orders.set(e.order_id, o)
    if (e.party_type !== "participant") continue
    const p = participants.get(e.party_id) ?? { allocated: 0, reversed: 0 }
    if (e.kind === "allocation") p.allocated += e.amount
    else p.reversed -= e.amount
    participants.set(e.party_id, p)
  }
  return { participants, buckets, orders }
}
