import "server-only"
import { cookies } from "next/headers"
import { cookieOptions } from "../cookies"

// The coordinator's token has a cookie of its own, apart from the shopper's
// (_karya_jwt): a coordinator who also shops keeps two separate sessions.
const COORDINATOR_COOKIE = "_karya_coord_jwt"
// Which of their cohorts the portal shows, for coordinators who hold several.
const COHORT_COOKIE = "_karya_coord_cohort"
// A working day's session: the portal is used on shared office computers.
const TWELVE_HOURS = 60 * 60 * 12
const NINETY_DAYS = 60 * 60 * 24 * 90

export async function getCoordinatorToken(): Promise<string | undefined> {
  return (await cookies()).get(COORDINATOR_COOKIE)?.value
}

export async function setCoordinatorToken(token: string): Promise<void> {
  ;(await cookies()).set(COORDINATOR_COOKIE, token, cookieOptions(TWELVE_HOURS))
}

export async function removeCoordinatorToken(): Promise<void> {
  ;(await cookies()).delete(COORDINATOR_COOKIE)
}

export async function getCohortChoice(): Promise<string | undefined> {
  return (await cookies()).get(COHORT_COOKIE)?.value
}

export async function setCohortChoice(cohortId: string): Promise<void> {
  ;(await cookies()).set(COHORT_COOKIE, cohortId, cookieOptions(NINETY_DAYS))
}
