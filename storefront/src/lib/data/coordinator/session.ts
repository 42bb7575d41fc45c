import "server-only"
import type { CoordinatorMeResponse } from "@karya-binaan/contract"
import { getLocale } from "next-intl/server"
import { cache } from "react"
import { redirect } from "@/i18n/navigation"
import type { PageHref } from "@/lib/metadata"
import type { CohortRef, Coordinator } from "@/lib/types/coordinator"
import { readSession, requireSession } from "../portal-session"
import { coordinatorFetch } from "./client"
import { getCohortChoice, getCoordinatorToken } from "./cookies"
import { reshapeCoordinator } from "./reshape"

/**
 * The logged-in coordinator, or null (no cookie, or a token the backend no
 * longer accepts). Once per request: the layout and the page both ask.
 */
export const getCoordinator = cache(async (): Promise<Coordinator | null> =>
  readSession(await getCoordinatorToken(), async () => {
    const { coordinator } = await coordinatorFetch<CoordinatorMeResponse>("/coordinator/me")
    return reshapeCoordinator(coordinator)
  })
)

/** Every portal page starts here: the coordinator, or the login page that comes back to `back`. */
export async function requireCoordinator(back: PageHref): Promise<Coordinator> {
  return requireSession(await getCoordinator(), { loginPage: "/coordinator/login" }, back)
}

/** The cohort the portal shows: the one chosen in the switcher if it is still theirs, else their first. */
export async function activeCohort(coordinator: Coordinator): Promise<CohortRef | null> {
  const chosen = await getCohortChoice()
  return coordinator.cohorts.find((c) => c.id === chosen) ?? coordinator.cohorts[0] ?? null
}

/** The coordinator and the cohort a page works in; a coordinator without cohorts sees the dashboard's notice. */
export async function requireCohort(back: PageHref): Promise<{ coordinator: Coordinator; cohort: CohortRef }> {
  const coordinator = await requireCoordinator(back)
  const cohort = await activeCohort(coordinator)
  if (!cohort) {
    const locale = await getLocale()
    return redirect({ href: "/coordinator", locale })
  }
  return { coordinator, cohort }
}
