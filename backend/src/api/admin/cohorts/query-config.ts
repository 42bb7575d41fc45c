import { storeCohortFields } from "../../store/cohorts/query-config"

// Operators see the public profile plus what only they manage.
export const adminCohortFields = [
  ...storeCohortFields,
  "status",
  "metadata",
  "created_at",
  "updated_at",
  "stock_location.id",
  "stock_location.name",
]

export const retrieveAdminCohortQueryConfig = {
  defaults: adminCohortFields,
  isList: false,
}

export const listAdminCohortQueryConfig = {
  ...retrieveAdminCohortQueryConfig,
  defaultLimit: 20,
  isList: true,
}
