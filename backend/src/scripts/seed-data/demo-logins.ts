import { COHORTS } from "./cohorts"

/** A login the demo seed creates, printed by `npm start` so nobody has to look it up. */
export type DemoLogin = {
  role: "operator" | "coordinator"
  email: string
  password: string
  /** Where to sign in. */
  where: string
  /** For a coordinator: the handle of the one cohort they hold. */
  cohortHandle?: string
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
]
