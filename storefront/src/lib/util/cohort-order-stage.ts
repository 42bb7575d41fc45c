import type { CohortOrder } from "@/lib/types/coordinator"

/**
 * Where an order stands for the cohort: waiting for the shopper's payment
 * (nothing to pack yet), to pack or ship, or done (every unit shipped).
 */
export type CohortOrderStage = "awaiting_payment" | "open" | "done"

export function cohortOrderStage(order: Pick<CohortOrder, "awaitingPayment" | "lines">): CohortOrderStage {
  if (!order.lines.some((l) => l.shipped < l.quantity)) return "done"
  return order.awaitingPayment ? "awaiting_payment" : "open"
}
