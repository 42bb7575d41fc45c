import type { DateTime } from "../common/date-time"

/** What one participant earned over the period (reversals as a positive amount). */
export type ParticipantEarnings = {
  participant_id: string
  code: string
  display_name: string | null
  allocated: number
  reversed: number
  net: number
}

/** A cohort's earnings over a period, summed from its ledger entries. */
export type CohortEarnings = {
  cohort_id: string
  from: string | null
  to: string | null
  participants: ParticipantEarnings[]
  /** Net per bucket code (participants, material_fund, facility, outlet, platform). */
  buckets: Record<string, number>
  orders: { order_id: string; display_id: number | null; occurred_at: DateTime; amount: number }[]
}

export type CohortEarningsResponse = CohortEarnings
