// Payout shapes operators and coordinators both read: a run, its statements and their lines.

export type PayoutStatementStatus = "unpaid" | "paid"
export type PayoutPartyType = "participant" | "cohort"
export type PayoutPaidByType = "user" | "coordinator"

/** One recipient's statement in a payout run; totals are whole rupiah. */
export type PayoutStatement = {
  id: string
  run_id: string
  period: string
  period_from: string
  period_to: string
  party_type: PayoutPartyType
  party_id: string
  /** Participant code, or the cohort's name for its material fund. */
  party_label: string
  /** The participant's private display name: only in a coordinator's answers. */
  display_name?: string | null
  cohort_id: string
  cohort_name: string
  facility_name: string
  total: number
  status: PayoutStatementStatus
  paid_reference: string | null
  paid_at: string | null
  paid_by: string | null
  paid_by_type: PayoutPaidByType | null
  created_at: string
  line_count: number
}

/** One ledger entry on a statement, with the order and product it came from. */
export type PayoutStatementLine = {
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

export type PayoutStatementWithLines = PayoutStatement & { lines: PayoutStatementLine[] }

/** A payout run with how many statements it has, how many are paid, and their total. */
export type PayoutRun = {
  id: string
  period: string
  period_from: string
  period_to: string
  created_by: string
  created_at: string
  statement_count: number
  paid_count: number
  total: number
}

export type PayoutRunWithStatements = PayoutRun & { statements: PayoutStatement[] }

export type PayoutStatementResponse = { payout_statement: PayoutStatement }
export type PayoutStatementWithLinesResponse = { payout_statement: PayoutStatementWithLines }
