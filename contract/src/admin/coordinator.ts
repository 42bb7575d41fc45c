import type { DateTime } from "../common/date-time"
import type { PaginatedResponse } from "../common/list"

/** A coordinator on the Admin "Koordinator" page: `inactive` once the operator revoked their access. */
export type AdminCoordinator = {
  id: string
  email: string
  name: string
  status: "active" | "inactive"
  last_login_at: DateTime | null
  created_at: DateTime
  cohorts: { id: string; name: string }[]
}

export type AdminCoordinatorResponse = { coordinator: AdminCoordinator }
export type AdminCoordinatorListResponse = PaginatedResponse & { coordinators: AdminCoordinator[] }

/** An invitation not accepted yet; `expired` ones can be sent again. */
export type AdminCoordinatorInvite = {
  id: string
  email: string
  name: string | null
  cohorts: { id: string; name: string }[]
  expires_at: DateTime
  expired: boolean
  created_at: DateTime
}

export type AdminCoordinatorInviteListResponse = PaginatedResponse & { invites: AdminCoordinatorInvite[] }
