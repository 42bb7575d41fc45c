import "server-only"
import type { CohortOrderListResponse } from "@karya-binaan/contract"
import type { CohortOrder } from "@/lib/types/coordinator"
import { portalRead } from "./read"
import { reshapeCohortOrder } from "./reshape"

/** The cohort's orders, newest first, each with only the cohort's own lines. */
export async function listCohortOrders(cohortId: string): Promise<CohortOrder[]> {
  const { orders } = await portalRead<CohortOrderListResponse>("/coordinator/orders", { cohort_id: cohortId, limit: 100 })
  return orders.map(reshapeCohortOrder).sort((a, b) => b.placedAt.localeCompare(a.placedAt))
}
