/**
 * A cohort's ledger entries with, through read-only links, the participant an
 * entry pays (code, private name) and its order's number: one query.
 */
export const EARNINGS_ENTRY_FIELDS = [
  "order_id",
  "bucket",
  "party_type",
  "party_id",
  "amount",
  "kind",
  "occurred_at",
  "participant.code",
  "participant.display_name",
  "order.display_id",
]
