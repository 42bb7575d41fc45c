import type { ImpactFigures } from "../figures"

/** Six months of a small programme, with a suppressed area and a suppressed month median. */
export const FIGURES: ImpactFigures = {
  period: { from: "2026-06-01", to: "2026-11-30" },
  filters: { area: "plaju", cohort_id: "coh_plj" },
  headline: {
    participants_trained: 41,
    training_hours: 312,
    person_training_hours: 2480,
    trainings: 18,
    study_visits: 3,
    participants_earned: 37,
    allocated_total: 12345000,
    paid_total: 9800000,
    median_income_per_earner: 310000,
    sales_total: 45600000,
    units: 1234,
    material_fund_balance: 2100000,
    kemandirian: { klien: 12, earned_3_of_6: 7, suppressed: false, window: { from: "2026-06-01", to: "2026-11-30" } },
    programme_input_total: 150000000,
    income_per_rupiah_input: 0.082,
    notes_approved: 9,
    suppressed: false,
  },
  monthly: [
    { month: "2026-06", allocated: 0, paid: 0, sales: 0, units: 0, participants_earned: 0, median_income: null, training_hours: 24, inputs: 50000000, suppressed: false },
    { month: "2026-07", allocated: null, paid: null, sales: 5600000, units: 150, participants_earned: 3, median_income: null, training_hours: 40, inputs: 0, suppressed: true },
    { month: "2026-08", allocated: 2345000, paid: 1500000, sales: 8000000, units: 210, participants_earned: 12, median_income: 180000, training_hours: 60, inputs: 25000000, suppressed: false },
  ],
  by_cohort: [
    { cohort_id: "coh_plj", name: "Lapas Perempuan Palembang — olahan pisang", sales: 30000000, units: 800, allocated: 8000000, participants_earned: 25, suppressed: false },
    { cohort_id: "coh_bps", name: "=Bapas; klien", sales: 15600000, units: 434, allocated: null, participants_earned: 3, suppressed: true },
  ],
  by_channel: [
    { channel: "online", sales: 20000000, units: 500 },
    { channel: "outlet", sales: 15600000, units: 434 },
    { channel: "consignment", sales: 10000000, units: 300 },
  ],
  by_area: [
    { area: "plaju", participants_earned: 30, allocated: 10000000, sales: 40000000, units: 1100, suppressed: false },
    { area: "banyuasin_i", participants_earned: 2, allocated: null, sales: 5600000, units: 134, suppressed: true },
  ],
  by_status: [
    { status: "wbp", participants_earned: 20, allocated: 6000000, suppressed: false },
    { status: "klien", participants_earned: 9, allocated: 3500000, suppressed: false },
    { status: "released", participants_earned: 3, allocated: null, suppressed: true },
  ],
  suppressed_groups: 3,
  method: { version: "2026-12", min_group: 5 },
}

/** 3 December 2026, 16:44 in Palembang. */
export const GENERATED_AT = new Date("2026-12-03T09:44:00Z")
