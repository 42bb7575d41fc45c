// What the storefront reads of the impact routes (GET /store/impact, GET
// /coordinator/impact/figures, GET /coordinator/trainings). The responses are the
// contract's own types, so a change of shape in the backend fails the build here;
// the Wire* types below are the part of them the reshape functions read, one view
// over both the public and the coordinator's figures.

import type { ImpactArea, ImpactChannel, ParticipantStatus, SkillLine, Training, TrainingKind } from "@karya-binaan/contract"

export type { ImpactArea, ImpactChannel, ParticipantStatus, SkillLine, TrainingKind }

export type WireKemandirian = { klien: number | null; earned_3_of_6: number | null; suppressed: boolean }

export type WireImpactHeadline = {
  participants_trained: number
  training_hours: number
  participants_earned: number | null
  allocated_total: number | null
  sales_total: number
  units: number
  kemandirian: WireKemandirian
  notes_approved?: number
  // The coordinator's and operator's answer carries more (paid_total, median…).
  trainings?: number
  study_visits?: number
  paid_total?: number | null
  median_income_per_earner?: number | null
  material_fund_balance?: number | null
  programme_input_total?: number | null
  income_per_rupiah_input?: number | null
}

export type WireImpactMonth = {
  month: string
  allocated: number | null
  sales: number
  participants_earned: number | null
  paid?: number | null
  units?: number
  training_hours?: number
}

export type WireImpact = {
  period: { from: string; to: string }
  headline: WireImpactHeadline
  monthly: WireImpactMonth[]
  by_channel: { channel: ImpactChannel; sales: number; units: number }[]
  by_area: { area: ImpactArea; participants_earned: number | null; allocated: number | null; suppressed: boolean }[]
  // The coordinator's and operator's answer only: participants' income by their status now.
  by_status?: { status: ParticipantStatus; participants_earned: number | null; allocated: number | null; suppressed: boolean }[]
  suppressed_groups?: number
  method?: { version: string; min_group: number }
}

export type { StoreImpactResponse, TrainingListResponse as CoordinatorTrainingListResponse, ImpactFiguresResponse as CoordinatorImpactResponse } from "@karya-binaan/contract"

/** A training as GET /coordinator/trainings lists it (the attendees' codes may be left out). */
export type WireTraining = Omit<Training, "participant_codes"> & { participant_codes?: string[] }


/** The impact profile columns GET /coordinator/participants adds to each participant. */
export type WireParticipantProfile = { status?: ParticipantStatus; area?: ImpactArea | null; joined_on?: string | null; left_on?: string | null }
