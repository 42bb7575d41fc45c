import { SALE_LINE_FIELDS } from "../../../../../workflows/revenue-share/order-sales"

/**
 * An order with its lines' cohorts and its ledger entries, each entry with
 * its rule version and its party's name, in one query: the line → product
 * (Medusa) → cohort link, and read-only links from the order to its entries
 * and from an entry to its rule, participant, cohort and outlet channel.
 */
export const ORDER_REVENUE_FIELDS = [
  "id",
  "display_id",
  ...SALE_LINE_FIELDS,
  "items.product.cohort.id",
  "ledger_entries.id",
  "ledger_entries.line_item_id",
  "ledger_entries.rule_id",
  "ledger_entries.bucket",
  "ledger_entries.party_type",
  "ledger_entries.party_id",
  "ledger_entries.amount",
  "ledger_entries.kind",
  "ledger_entries.occurred_at",
  "ledger_entries.created_at",
  "ledger_entries.revenue_share_rule.id",
  "ledger_entries.revenue_share_rule.name",
  "ledger_entries.revenue_share_rule.version",
  // A participant's code, never the private display name.
  "ledger_entries.participant.code",
  "ledger_entries.cohort.name",
  "ledger_entries.cohort.facility_name",
  "ledger_entries.sales_channel.name",
]
