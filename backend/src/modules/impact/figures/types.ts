/** Plain facts the figures are computed from (gathered by the impact workflow; no reads here). */
export const CHANNELS = ["online", "outlet", "consignment"] as const
export const AREAS = ["plaju", "banyuasin_i", "other"] as const
export const STATUSES = ["wbp", "klien", "released"] as const
export type Channel = (typeof CHANNELS)[number]
export type Area = (typeof AREAS)[number]

export type CohortFact = { id: string; name: string; facility_name: string; area: Area; craft_line: string }
/** area null = lives in the cohort's area. */
export type ParticipantFact = { id: string; cohort_id: string; status: (typeof STATUSES)[number]; area: Area | null }
/** One ledger entry; `on` is its Jakarta date (YYYY-MM-DD). */
export type LedgerFact = {
  order_id: string
  line_item_id: string
  cohort_id: string
  channel: Channel
  bucket: string
  party_type: string
  party_id: string
  amount: number
  kind: "allocation" | "reversal"
  on: string
}
/** One ledger entry settled by a payout statement that was paid; `on` is the paid date. */
export type PaidFact = { party_type: string; party_id: string; cohort_id: string; channel: Channel; amount: number; on: string }
export type LineFact = { line_item_id: string; quantity: number }
export type TrainingFact = {
  cohort_id: string
  kind: "training" | "study_visit"
  skill_line: string
  held_on: string
  hours: number
  participant_ids: string[]
}
export type InputFact = { month: string; kind: string; amount: number }
/** One approved thank-you note (maker-note module): its cohort, its order's channel, the Jakarta day it was approved. */
export type NoteFact = { cohort_id: string; channel: Channel; on: string }

export type ImpactFacts = {
  cohorts: CohortFact[]
  participants: ParticipantFact[]
  ledger: LedgerFact[]
  paid: PaidFact[]
  lines: LineFact[]
  trainings: TrainingFact[]
  inputs: InputFact[]
  notes_approved: number
  /** The approved notes one by one; with them, notes_approved follows the period and filters (cohort, facility, area, channel). */
  notes?: NoteFact[]
}

export type ImpactFilters = {
  from: string
  to: string
  cohort_id?: string
  facility?: string
  channel?: Channel
  area?: Area
  skill_line?: string
}

// The answer's shape is part of the API contract (contract/src/common/impact.ts).
export type { ImpactFigures, MonthFigures } from "@karya-binaan/contract"
