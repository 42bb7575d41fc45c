import type { RuleBucket } from "../../modules/revenue-share/allocation"

/**
 * The demo's revenue-share rules, from before any demo order (1 January 2026,
 * WIB). Splits follow PRODUCT.md's "Splits in practice": a 1990 decree's 50%
 * premi / 15% PNBP / 35% capital, prisons varying widely (35% premi in one),
 * so facilities differ. Buckets: participants (premi), the cohort's material
 * fund (production capital), the facility (PNBP and its costs), platform
 * operations. Figures are demo defaults, not any facility's real terms.
 */
export type SeedRule = { cohort_handle: string | null; name: string; buckets: RuleBucket[] }

export const RULES_EFFECTIVE_FROM = new Date("2026-01-01T00:00:00+07:00")

export const REVENUE_SHARE_RULES: SeedRule[] = [
  {
    cohort_handle: null,
    name: "Aturan umum: premi 50%, modal 20%, fasilitas 15%, platform 15%",
    buckets: [
      { code: "participants", basis_points: 5000 },
      { code: "material_fund", basis_points: 2000 },
      { code: "facility", basis_points: 1500 },
      { code: "platform", basis_points: 1500 },
    ],
  },
  {
    // Rutan: a facility that keeps more for PNBP and pays a lower premi (35%).
    cohort_handle: "rutan-palembang-tali-meiwa",
    name: "Rutan Palembang: premi 35%, modal 30%, fasilitas 20%, platform 15%",
    buckets: [
      { code: "participants", basis_points: 3500 },
      { code: "material_fund", basis_points: 3000 },
      { code: "facility", basis_points: 2000 },
      { code: "platform", basis_points: 1500 },
    ],
  },
  {
    // Bapas: parolees (klien) work outside; the Bapas hosts little, so more goes to them.
    cohort_handle: "bapas-palembang-tempe",
    name: "Bapas Palembang: premi 60%, modal 20%, fasilitas 5%, platform 15%",
    buckets: [
      { code: "participants", basis_points: 6000 },
      { code: "material_fund", basis_points: 2000 },
      { code: "facility", basis_points: 500 },
      { code: "platform", basis_points: 1500 },
    ],
  },
]
