import type { AdminCoordinator } from "@karya-binaan/contract"

export const ADMIN_COORDINATOR_FIELDS = ["id", "email", "name", "status", "last_login_at", "created_at", "cohorts.id", "cohorts.name"]

/** A coordinator as the Admin page shows it: cohorts by name. */
export function toAdminCoordinator(c: any): AdminCoordinator {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    status: c.status,
    last_login_at: c.last_login_at ?? null,
    created_at: c.created_at,
    cohorts: ((c.cohorts ?? []) as ({ id: string; name: string } | null)[])
      .flatMap((cohort) => (cohort ? [{ id: cohort.id, name: cohort.name }] : []))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}
