/**
 * Impact figures (issue 17): one shape for /admin/impact/figures,
 * /coordinator/impact/figures and the report exports; /store/impact carries
 * the public subset. Money is whole rupiah; a value of a group smaller than
 * `method.min_group` people is null and its `suppressed` is true.
 */
export type ImpactChannel = "online" | "outlet" | "consignment"
export type ImpactArea = "plaju" | "banyuasin_i" | "other"
/** wbp: inmate inside; klien: on parole under Bapas; released: free, may keep producing. */
export type ParticipantStatus = "wbp" | "klien" | "released"

export type ImpactFiguresFilters = {
  cohort_id?: string
  facility?: string
  channel?: ImpactChannel
  area?: ImpactArea
  skill_line?: string
}

export type MonthFigures = {
  month: string
  allocated: number | null
  paid: number | null
  sales: number
  units: number
  participants_earned: number
  median_income: number | null
  training_hours: number
  inputs: number
  suppressed: boolean
}

export type ImpactFigures = {
  period: { from: string; to: string }
  filters: ImpactFiguresFilters
  headline: {
    participants_trained: number
    training_hours: number
    person_training_hours: number
    trainings: number
    study_visits: number
    participants_earned: number
    allocated_total: number | null
    paid_total: number | null
    median_income_per_earner: number | null
    sales_total: number
    units: number
    material_fund_balance: number
    kemandirian: { klien: number; earned_3_of_6: number | null; suppressed: boolean; window: { from: string; to: string } }
    programme_input_total: number
    income_per_rupiah_input: number | null
    notes_approved: number
    suppressed: boolean
  }
  monthly: MonthFigures[]
  by_cohort: {
    cohort_id: string
    name: string
    sales: number
    units: number
    allocated: number | null
    participants_earned: number
    suppressed: boolean
  }[]
  by_channel: { channel: ImpactChannel; sales: number; units: number }[]
  by_area: { area: ImpactArea; participants_earned: number; allocated: number | null; sales: number; units: number; suppressed: boolean }[]
  /** Participants' income by their status now (inside, on parole, released): "how many klien earned, and how much". */
  by_status: { status: ParticipantStatus; participants_earned: number; allocated: number | null; suppressed: boolean }[]
  suppressed_groups: number
  method: { version: string; min_group: number }
}

export type ImpactFiguresResponse = { figures: ImpactFigures }

export type PublicImpact = {
  period: { from: string; to: string }
  headline: Pick<
    ImpactFigures["headline"],
    | "participants_trained"
    | "training_hours"
    | "trainings"
    | "study_visits"
    | "participants_earned"
    | "allocated_total"
    | "median_income_per_earner"
    | "sales_total"
    | "units"
    | "notes_approved"
    | "suppressed"
  > & { kemandirian: { klien: number; earned_3_of_6: number | null; suppressed: boolean } }
  monthly: { month: string; allocated: number | null; sales: number; participants_earned: number }[]
  by_channel: ImpactFigures["by_channel"]
  by_area: ImpactFigures["by_area"]
  method: ImpactFigures["method"]
}
export type StoreImpactResponse = { impact: PublicImpact }

export type TrainingKind = "training" | "study_visit"
export type SkillLine = "olahan_pisang" | "olahan_tempe" | "tali_meiwa" | "eceng_gondok" | "food_safety" | "business"

export type Training = {
  id: string
  cohort_id: string
  kind: TrainingKind
  skill_line: SkillLine
  title: string
  held_on: string
  place: string
  trainer_org: string
  hours: number
  attendee_count: number
  /** Coordinators and operators only; never on /store. */
  participant_codes: string[]
}
export type TrainingListResponse = { trainings: Training[]; count: number }
export type TrainingResponse = { training: Training }

export type ProgrammeInput = {
  id: string
  month: string
  kind: "training_cost" | "equipment" | "material_capital" | "other"
  amount: number
  sponsor: string
  note: string | null
}
export type ProgrammeInputListResponse = { inputs: ProgrammeInput[]; count: number }
export type ProgrammeInputResponse = { input: ProgrammeInput }
