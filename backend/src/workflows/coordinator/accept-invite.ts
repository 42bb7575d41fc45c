import { acquireLockStep, createRemoteLinkStep, releaseLockStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { inviteTokenHash } from "../invitation/invite-token"
import { createCoordinatorStep } from "./steps/create-coordinator"
import { coordinatorCohortLinks } from "./steps/link-coordinator-cohorts"
import { registerEmailpassIdentityStep } from "./steps/register-emailpass-identity"
import { useInviteStep } from "./steps/use-invite"

export type AcceptCoordinatorInviteInput = { token: string; name: string; password: string }

/**
 * Accepting an invitation: marks it used, creates the emailpass identity with
 * the chosen password, the coordinator, app_metadata.coordinator_id and the
 * cohort links. A failure anywhere rolls every earlier step back, so the link
 * stays usable and no half-made account remains.
 */
export const acceptCoordinatorInviteWorkflow = createWorkflow(
  "accept-coordinator-invite",
  (input: AcceptCoordinatorInviteInput) => {
    // Two acceptances of one link at the same moment: the second waits, then finds it used.
    const lockKey = transform({ input }, ({ input }) => `coordinator-invite:${inviteTokenHash(input.token)}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const invite = useInviteStep({ token: input.token })
    const identity = registerEmailpassIdentityStep(
      transform({ invite, input }, ({ invite, input }) => ({ email: invite.email, password: input.password }))
    )
    const coordinator = createCoordinatorStep(
      transform({ invite, input }, ({ invite, input }) => ({ email: invite.email, name: input.name }))
    )
    setAuthAppMetadataStep(
      transform({ identity, coordinator }, ({ identity, coordinator }) => ({
        authIdentityId: identity.id,
        actorType: "coordinator",
        value: coordinator.id,
      }))
    )
    createRemoteLinkStep(
      coordinatorCohortLinks(transform({ invite, coordinator }, ({ invite, coordinator }) => ({ coordinator, cohort_ids: invite.cohort_ids })))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ invite, coordinator }, ({ invite, coordinator }) => ({ coordinator_id: coordinator.id, email: invite.email }))
    )
  }
)
