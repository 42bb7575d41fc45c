import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_INVITE_TEMPLATE, coordinatorInviteUrl, renderCoordinatorInvite } from "../notifications/templates/coordinator-invite"
import { renewInviteTokenStep } from "./steps/renew-invite-token"
import { validateCohortsStep } from "./steps/validate-cohorts"

export type ResendCoordinatorInviteInput = { id: string; storefront_url: string }

/**
 * An operator sends a pending invitation again: a new token and seven days
 * (the old link is dead from now on), and the email with the new link. If the
 * email can't be handed over, the old token and expiry come back.
 */
export const resendCoordinatorInviteWorkflow = createWorkflow("resend-coordinator-invite", (input: ResendCoordinatorInviteInput) => {
  const invite = renewInviteTokenStep({ id: input.id })
  const cohortNames = validateCohortsStep(transform({ invite }, ({ invite }) => ({ cohort_ids: invite.cohort_ids })))
  const notification = transform({ invite, cohortNames, input }, ({ invite, cohortNames, input }) => [
    {
      to: invite.email,
      channel: "email",
      template: COORDINATOR_INVITE_TEMPLATE,
      content: renderCoordinatorInvite(coordinatorInviteUrl(input.storefront_url, invite.token), cohortNames, invite.name),
      // The token stays out of `data`: notification records are listed in Medusa Admin.
      data: { email: invite.email, invite_id: invite.id },
      trigger_type: "coordinator.invited",
      resource_id: invite.id,
      resource_type: "coordinator_invite",
      // One email per renewal: the expiry differs each time.
      idempotency_key: `coordinator-invite:${invite.id}:${new Date(invite.expires_at).getTime()}`,
    },
  ])
  sendNotificationsStep(notification)
  return new WorkflowResponse(
    transform({ invite }, ({ invite }) => ({ id: invite.id, email: invite.email, expires_at: invite.expires_at }))
  )
})
