"use server"

import { getLocale } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { safeNextPath } from "@/lib/util/next-path"
import { acceptInvitationSchema, coordinatorLoginSchema, parseAuthForm } from "@/lib/validation/coordinator/auth"
import type { FormState } from "../form-state"
import { coordinatorFetch, isApiStatus } from "./client"
import { removeCoordinatorToken, setCohortChoice, setCoordinatorToken } from "./cookies"
import { getCoordinator } from "./session"

/** A coordinator token for email and password, or null when they match no coordinator. */
async function coordinatorToken(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await coordinatorFetch<{ token?: string }>("/auth/coordinator/emailpass", { anonymous: true, body: { email, password } })
    if (!token) return null
    // A token whose identity has no coordinator behind it (half-made, removed) is no login either.
    await coordinatorFetch("/coordinator/me", { token })
    return token
  } catch (error) {
    if (isApiStatus(error, 400, 401, 403, 404)) return null
    throw error
  }
}

export async function coordinatorLogin(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseAuthForm(coordinatorLoginSchema, form, ["email", "password"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const token = await coordinatorToken(parsed.data.email, parsed.data.password)
  if (!token) return { message: "invalidLogin", values: { email: parsed.data.email } }
  await setCoordinatorToken(token)
  const target = safeNextPath(form.get("next"))
  if (target) redirectTo(target)
  return redirect({ href: "/coordinator", locale })
}

/** Sets name and password for an invited coordinator; the answer is a token, so they are logged in at once. */
export async function acceptInvitation(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseAuthForm(acceptInvitationSchema, form, ["token", "name", "password", "password_confirm"])
  if (!parsed.ok) {
    if (parsed.errors.token) return { message: "inviteInvalid" }
    return { errors: parsed.errors, values: parsed.values }
  }
  const { token, name, password } = parsed.data
  let session: string | undefined
  try {
    ;({ token: session } = await coordinatorFetch<{ token?: string }>("/coordinator-invites/accept", { anonymous: true, body: { token, name, password } }))
  } catch (error) {
    if (isApiStatus(error, 404, 409, 410)) return { message: "inviteInvalid" }
    if (isApiStatus(error, 400, 422)) return { message: "inviteRefused", detail: error.message, values: { token, name } }
    throw error
  }
  if (!session) return { message: "inviteRefused", values: { token, name } }
  await setCoordinatorToken(session)
  return redirect({ href: { pathname: "/coordinator", query: { welcome: "1" } }, locale })
}

/** JWTs can't be revoked one by one: logging out forgets the token on this device. */
export async function coordinatorLogout(): Promise<void> {
  const locale = await getLocale()
  await removeCoordinatorToken()
  redirect({ href: { pathname: "/coordinator/login", query: { loggedOut: "1" } }, locale })
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
