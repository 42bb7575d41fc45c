import type { StatementInput } from "./service"

/** A ledger entry as the payout reads it (the ledger module's ledger_entry). */
export type PayableEntry = {
  id: string
  order_id: string
  line_item_id: string
  cohort_id: string
  bucket: string
  party_type: string
  party_id: string
  amount: number
  kind: string
  occurred_at: Date | string
}

/** A statement as drafted here is what the payout module stores. */
export type StatementDraft = StatementInput

/**
 * What a payout pays, and to whom: a participant's share of the participants
 * bucket, and a cohort's material fund. Facility, outlet and platform shares
 * are settled elsewhere (the facility keeps its own; outlets and the platform
 * are not paid through statements).
 */
export function isPayable(entry: Pick<PayableEntry, "bucket" | "party_type">): boolean {
  return (
    (entry.bucket === "participants" && entry.party_type === "participant") ||
    (entry.bucket === "material_fund" && entry.party_type === "cohort")
  )
}

/**
 * One statement per party from its not-yet-paid entries, oldest first. A
 * party whose entries come to zero or less (a reversal bigger than what is
 * still unpaid) gets no statement this time: its entries stay unpaid and are
 * netted against the next allocations, so nobody is asked to pay money back.
 */
export function draftStatements(entries: PayableEntry[]): StatementDraft[] {
  const byParty = new Map<string, PayableEntry[]>()
  for (const entry of entries) {
    if (!isPayable(entry)) continue
    const key = `${entry.party_type}:${entry.party_id}`
    byParty.set(key, [...(byParty.get(key) ?? []), entry])
  }
  const drafts: StatementDraft[] = []
  for (const list of byParty.values()) {
    const total = list.reduce((sum, e) => sum + e.amount, 0)
    if (total <= 0) continue
    const sorted = [...list].sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime() || a.id.localeCompare(b.id))
    const first = sorted[0]
    drafts.push({
      party_type: first.party_type as StatementDraft["party_type"],
      party_id: first.party_id,
      cohort_id: first.cohort_id,
      entries: sorted.map((e) => ({
        ledger_entry_id: e.id,
        amount: e.amount,
        bucket: e.bucket,
        kind: e.kind,
        order_id: e.order_id,
        line_item_id: e.line_item_id,
        occurred_at: new Date(e.occurred_at),
      })),
    })
  }
  return drafts.sort((a, b) => a.cohort_id.localeCompare(b.cohort_id) || a.party_type.localeCompare(b.party_type) || a.party_id.localeCompare(b.party_id))
}
