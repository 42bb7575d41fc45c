import { DEMO_LOGINS } from "../../../backend/src/scripts/seed-data/demo-logins"
import { api } from "./api"

/** The seeded demo coordinators, in demo-logins.ts order (one per cohort). */
export const DEMO_COORDINATORS = DEMO_LOGINS.filter((l) => l.role === "coordinator")

/** A bearer token for a coordinator (POST /auth/coordinator/emailpass). */
export async function coordinatorLogin(email: string, password: string): Promise<string> {
  const res = await api<{ token: string }>("/auth/coordinator/emailpass", { body: { email, password } })
  if (res.status !== 200) throw new Error(`Coordinator login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

export type DemoCoordinator = { email: string; token: string; cohortId: string; cohortHandle: string }

/** The seeded coordinator of the n-th demo cohort, logged in, with that cohort's id. */
export async function demoCoordinator(index: number): Promise<DemoCoordinator> {
  const login = DEMO_COORDINATORS[index]
  if (!login?.cohortHandle) throw new Error(`The seed has no demo coordinator #${index}`)
  const token = await coordinatorLogin(login.email, login.password)
  const me = await api("/coordinator/me", { token })
  if (me.status !== 200) throw new Error(`GET /coordinator/me failed: ${me.status} ${JSON.stringify(me.body)}`)
  const cohort = me.body.coordinator.cohorts.find((c: { handle: string }) => c.handle === login.cohortHandle)
  if (!cohort) throw new Error(`${login.email} does not hold ${login.cohortHandle}`)
  return { email: login.email, token, cohortId: cohort.id, cohortHandle: login.cohortHandle }
}

/** The coordinator of a cohort by its handle, logged in. */
export async function coordinatorOf(cohortHandle: string): Promise<DemoCoordinator> {
  const login = DEMO_COORDINATORS.find((c) => c.cohortHandle === cohortHandle)
  if (!login) throw new Error(`No demo coordinator for ${cohortHandle}`)
  const token = await coordinatorLogin(login.email, login.password)
  const me = await api("/coordinator/me", { token })
  const cohort = me.body.coordinator.cohorts.find((c: { handle: string }) => c.handle === cohortHandle)
  return { email: login.email, token, cohortId: cohort.id, cohortHandle }
}
