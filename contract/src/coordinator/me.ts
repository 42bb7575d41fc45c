/** A cohort as a coordinator's session names it. */
export type CoordinatorCohort = { id: string; handle: string; name: string }

/** The signed-in coordinator and the cohorts they hold, by name. */
export type CoordinatorMe = { id: string; email: string; name: string | null; cohorts: CoordinatorCohort[] }

export type CoordinatorMeResponse = { coordinator: CoordinatorMe }
