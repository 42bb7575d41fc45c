/** Events the cohort workflows emit (the module's service itself emits none). */
export const COHORT_EVENTS = {
  CREATED: "cohort.created",
  UPDATED: "cohort.updated",
} as const
