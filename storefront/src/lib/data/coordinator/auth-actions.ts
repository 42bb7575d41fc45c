"use server"

import { getLocale } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { safeNextPath } from "@/lib/util/next-path"
import type { FormState } from "../form-state"
import { portalAcceptInvitation, portalLogin, portalLogout, type PortalAuth } from "../portal-auth"
import { coordinatorFetch } from "./client"
import { removeCoordinatorToken, setCohortChoice, setCoordinatorToken } from "./cookies"
import { getCoordinator } from "./session"

const COORDINATOR_PORTAL: PortalAuth = {
  fetch: coordinatorFetch,
  loginRoute: "/auth/coordinator/emailpass",
  meRoute: "/coordinator/me",
  acceptRoute: "/coordinator-invites/accept",
  acceptBody: ({ token, name, password }) => ({ token, name, password }),
  setToken: setCoordinatorToken,
  removeToken: removeCoordinatorToken,
  home: "/coordinator",
  loginPage: "/coordinator/login",
}

export async function coordinatorLogin(_state: FormState, form: FormData): Promise<FormState> {
  return portalLogin(COORDINATOR_PORTAL, form)
}

export async function acceptInvitation(_state: FormState, form: FormData): Promise<FormState> {
  return portalAcceptInvitation(COORDINATOR_PORTAL, form)
}

export async function coordinatorLogout(): Promise<void> {
  return portalLogout(COORDINATOR_PORTAL)
}

/** The cohort switcher: only a cohort the coordinator holds can be chosen. */
export async function switchCohort(form: FormData): Promise<void> {
  const locale = await getLocale()
  const coordinator = await getCoordinator()
  if (!coordinator) return redirect({ href: "/coordinator/login", locale })
  const cohortId = String(form.get("cohort_id") ?? "")
  if (coordinator.cohorts.some((c) => c.id === cohortId)) await setCohortChoice(cohortId)
  const back = safeNextPath(form.get("back"))
  if (back) redirectTo(back)
  redirect({ href: "/coordinator", locale })
}
