import { COHORTS } from "./cohorts"
import { OUTLETS } from "./outlets"

/** A login the demo seed creates, printed by `npm start` so nobody has to look it up. */
export type DemoLogin = {
  role: "operator" | "coordinator" | "outlet buyer"
  email: string
  password: string
  /** Where to sign in. */
  where: string
  /** For a coordinator: the handle of the one cohort they hold. */
  cohortHandle?: string
  /** For an outlet buyer: the handle of the outlet they buy for. */
  outletHandle?: string
}

const DEMO_PASSWORD = "binaan-demo-2026"

// Public demo credentials: seed only demo and test databases, never production.
export const DEMO_LOGINS: DemoLogin[] = [
  {
    role: "operator",
    email: "operator@karyabinaan.test",
    password: DEMO_PASSWORD,
    where: "Medusa Admin, /app",
  },
  // One coordinator per demo cohort, so the portal can be tried cohort by cohort.
  ...COHORTS.map((cohort) => ({
    role: "coordinator" as const,
    email: `koordinator.${cohort.handle}@karyabinaan.test`,
    password: DEMO_PASSWORD,
    where: "Storefront, /koordinator",
    cohortHandle: cohort.handle,
  })),
  // One buyer per demo Pertamina partner outlet.
  ...OUTLETS.map((outlet) => ({
    role: "outlet buyer" as const,
    email: `pembeli.${outlet.handle}@karyabinaan.test`,
    password: DEMO_PASSWORD,
    where: "Storefront, /outlet",
    outletHandle: outlet.handle,
  })),
]
