import type { DateTime } from "../common/date-time"

/** One append-only ledger row: money allocated (positive) or reversed (negative) to a party. */
export type LedgerEntry = {
  id: string
  order_id: string
  line_item_id: string
  cohort_id: string
  sales_channel_id: string
  rule_id: string
  rule_version: number
  bucket: string
  party_type: string
  party_id: string
  amount: number
  kind: "allocation" | "reversal"
  source_id: string
  occurred_at: DateTime
}

export type LedgerEntryListResponse = { ledger_entries: LedgerEntry[]; count: number; limit: number; offset: number }
