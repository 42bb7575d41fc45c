/** A login the demo seed creates, printed by `npm start` so nobody has to look it up. */
export type DemoLogin = {
  role: "operator"
  email: string
  password: string
  /** Where to sign in. */
  where: string
}

// Public demo credentials: seed only demo and test databases, never production.
export const DEMO_LOGINS: DemoLogin[] = [
  {
    role: "operator",
    email: "operator@karyabinaan.test",
    password: "binaan-demo-2026",
    where: "Medusa Admin, /app",
  },
]
