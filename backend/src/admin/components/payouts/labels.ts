// The payout shapes the admin pages read (see src/lib/payout/statement-views.ts).
import type { Translate } from "./i18n"

export { jakartaDay, jakartaMonth } from "../../lib/jakarta-time"

export type PayoutRun = {
  id: string
  period: string
  period_from: string
  period_to: string
  created_at: string
  statement_count: number
  paid_count: number
  total: number
}

export type PayoutStatement = {
  id: string
  period: string
  party_type: "participant" | "cohort"
  party_id: string
  party_label: string
  cohort_name: string
  facility_name: string
  total: number
  status: "unpaid" | "paid"
  paid_reference: string | null
  paid_at: string | null
  paid_by_type: "user" | "coordinator" | null
  line_count: number
}

export type StatementLine = {
  ledger_entry_id: string
  order_id: string
  order_display_id: number | null
  product_title: string
  variant_title: string | null
  bucket: string
  kind: string
  amount: number
  occurred_at: string
}

/** "KB-PLJ-0042", or the cohort's material fund. */
export const partyName = (t: Translate, s: Pick<PayoutStatement, "party_type" | "party_label">) =>
  s.party_type === "participant" ? s.party_label : t("payouts.materialFund", { cohort: s.party_label })

/** What a statement line's bucket and kind are called (the CSV keeps its own Indonesian headers). */
export const statementBucket = (t: Translate, bucket: string) =>
  ({ participants: t("payouts.buckets.participants"), material_fund: t("payouts.buckets.material_fund") })[bucket] ?? bucket

export const statementKind = (t: Translate, kind: string) =>
  ({ allocation: t("payouts.kinds.allocation"), reversal: t("payouts.kinds.reversal") })[kind] ?? kind
