import { createRemoteLinkStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCoordinatorStep } from "./steps/create-coordinator"
import { coordinatorCohortLinks } from "./steps/link-coordinator-cohorts"

export type CreateCoordinatorInput = {
  email: string
  name: string
  /** An existing emailpass identity that will sign in as this coordinator. */
  auth_identity_id: string
  cohort_ids: string[]
}

/**
 * A coordinator for an existing auth identity (the demo seed uses it): the
 * record, app_metadata.coordinator_id on the identity, the cohort links.
 */
export const createCoordinatorWorkflow = createWorkflow("create-coordinator", (input: CreateCoordinatorInput) => {
  const coordinator = createCoordinatorStep({ email: input.email, name: input.name })
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "coordinator", value: coordinator.id })
  createRemoteLinkStep(coordinatorCohortLinks({ coordinator, cohort_ids: input.cohort_ids }))
  return new WorkflowResponse(coordinator)
})
