import "server-only"
import type { Impact } from "@/lib/types/impact"
import type { CoordinatorImpactResponse } from "../impact-wire"
import { reshapeImpact } from "../reshape-impact"
import { portalRead } from "./read"

export type ImpactPeriod = { from?: string; to?: string }

/** The cohort's figures for a period (the backend's default: programme start to today), small groups withheld. */
export async function getCohortImpact(cohortId: string, { from, to }: ImpactPeriod): Promise<Impact> {
  const { figures } = await portalRead<CoordinatorImpactResponse>("/coordinator/impact/figures", { cohort_id: cohortId, from, to })
  return reshapeImpact(figures)
}
