import { DAY_MS, jakartaDay } from "../../lib/jakarta-time"

/** The invoice's due date: the order date plus the outlet's terms, as a Jakarta calendar day (YYYY-MM-DD). */
export function invoiceDueDate(orderedAt: Date, termsDays: number): string {
  return jakartaDay(new Date(orderedAt.getTime() + termsDays * DAY_MS))
}
