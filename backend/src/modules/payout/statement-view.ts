/**
 * A payout statement as people read it (the admin page, the coordinator
 * portal, the CSV): the stored statement with its run's period and its
 * party's readable names. Declared here, with the CSV that prints it.
 */
export type StatementView = {
  id: string
  run_id: string
  period: string
  period_from: string
  period_to: string
  party_type: "participant" | "cohort"
  party_id: string
  /** Participant code, or the cohort's name for its material fund. */
  party_label: string
  display_name?: string | null
  cohort_id: string
  cohort_name: string
  facility_name: string
  total: number
  status: "unpaid" | "paid"
  paid_reference: string | null
  paid_at: string | null
  paid_by: string | null
  paid_by_type: "user" | "coordinator" | null
  created_at: string
  line_count: number
}

export type StatementLine = {
  ledger_entry_id: string
  order_id: string
  order_display_id: number | null
  line_item_id: string
  product_title: string
  variant_title: string | null
  bucket: string
  kind: string
  amount: number
  occurred_at: string
}
