import type { ImpactArea, ImpactChannel, ParticipantStatus, SkillLine, TrainingKind } from "@/lib/data/impact-wire"

export type { ImpactArea, ImpactChannel, ParticipantStatus, SkillLine, TrainingKind }

/** One month of the programme, as the charts and their tables show it. null = suppressed (fewer than 5 persons). */
export type ImpactMonth = { month: string; allocated: number | null; sales: number; earners: number | null }

/** The programme's (or one cohort's) figures: aggregates only, never a participant. */
export type Impact = {
  period: { from: string; to: string }
  headline: {
    participantsTrained: number
    trainingHours: number
    earners: number | null
    allocatedTotal: number | null
    salesTotal: number
    units: number
    kemandirian: { klien: number | null; earned3of6: number | null; suppressed: boolean }
    notesApproved: number
    paidTotal: number | null
    medianIncome: number | null
    materialFundBalance: number | null
    trainings: number | null
    studyVisits: number | null
  }
  monthly: ImpactMonth[]
  byChannel: { channel: ImpactChannel; sales: number; units: number }[]
  byArea: { area: ImpactArea; earners: number | null; allocated: number | null; suppressed: boolean }[]
  /** Coordinator's figures only (the public page has none): income by participants' status now. */
  byStatus: { status: ParticipantStatus; earners: number | null; allocated: number | null; suppressed: boolean }[]
  minGroup: number
  /** True when nothing happened yet in the period: no sales, no training. */
  empty: boolean
}

export type Training = {
  id: string
  kind: TrainingKind
  skillLine: SkillLine
  title: string
  heldOn: string
  place: string
  trainerOrg: string
  hours: number
  attendeeCount: number
  participantCodes: string[]
}
