import { model } from "@medusajs/framework/utils"

export const LEDGER_BUCKETS = ["participants", "material_fund", "facility", "outlet", "platform"] as const
export const LEDGER_PARTY_TYPES = ["participant", "cohort", "facility", "outlet", "platform"] as const

/**
 * One movement of whole rupiah from a sold order line to a party, append-only:
 * an allocation when the payment is captured (positive), a reversal when it is
 * refunded or the order canceled (negative). Balances are sums of entries.
 *
 * The unique (kind, source_id, line, bucket, party) index is what makes the
 * same capture or refund processed twice fail instead of counting twice.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lgent" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    cohort_id: model.text(),
    sales_channel_id: model.text(),
    rule_id: model.text(),
    rule_version: model.number(),
    bucket: model.enum([...LEDGER_BUCKETS]),
    // By bucket: participants → participant / participant id; material_fund →
    // cohort / cohort id; facility → facility / cohort id (the facility hosting
    // the cohort holds it); outlet → outlet / sales channel id; platform → platform / "platform".
    party_type: model.enum([...LEDGER_PARTY_TYPES]),
    party_id: model.text(),
    amount: model.number(),
    kind: model.enum(["allocation", "reversal"]),
    // The payment capture id (allocation), the refund id or "cancel:<order>" (reversal).
    source_id: model.text(),
    // When the money moved (capture or refund time); payouts select by it.
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["kind", "source_id", "line_item_id", "bucket", "party_id"], unique: true },
    { on: ["order_id"] },
    { on: ["cohort_id"] },
    // Whether a rule allocated anything (it can no longer be edited) is asked on every view of the rules.
    { on: ["rule_id"] },
    { on: ["party_type", "party_id"] },
  ])
  // Allocations add, reversals take away, and a zero is never written.
  .checks([
    {
      name: "ledger_entry_amount_sign",
      expression: (c) =>
        `(${c.kind} = 'allocation' and ${c.amount} > 0) or (${c.kind} = 'reversal' and ${c.amount} < 0)`,
    },
  ])
