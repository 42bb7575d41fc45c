import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_INVITE_TEMPLATE, coordinatorInviteUrl, renderCoordinatorInvite } from "../notifications/templates/coordinator-invite"
import { createInviteStep } from "./steps/create-invite"
import { ensureNewCoordinatorStep } from "./steps/ensure-new-coordinator"
import { validateCohortsStep } from "./steps/validate-cohorts"

export type InviteCoordinatorInput = {
  email: string
  name?: string | null
  cohort_ids: string[]
  /** Base of the link in the email (STOREFRONT_URL). */
  storefront_url: string
}

/**
 * An operator invites a coordinator: checks the cohorts, stores the invitation
 * (hashed token, 7 days) and emails the link. If the email can't be handed to
 * the notification provider, the invitation is deleted again.
 */
export const inviteCoordinatorWorkflow = createWorkflow("invite-coordinator", (input: InviteCoordinatorInput) => {
  ensureNewCoordinatorStep({ email: input.email })
  const cohortNames = validateCohortsStep({ cohort_ids: input.cohort_ids })
  const invite = createInviteStep({ email: input.email, name: input.name, cohort_ids: input.cohort_ids })
  const notification = transform({ invite, cohortNames, input }, ({ invite, cohortNames, input }) => [
    {
      to: invite.email,
      channel: "email",
      template: COORDINATOR_INVITE_TEMPLATE,
      content: renderCoordinatorInvite(coordinatorInviteUrl(input.storefront_url, invite.token), cohortNames, input.name),
      // The token stays out of `data`: notification records are listed in Medusa Admin.
      data: { email: invite.email, invite_id: invite.id },
      trigger_type: "coordinator.invited",
      resource_id: invite.id,
      resource_type: "coordinator_invite",
      idempotency_key: `coordinator-invite:${invite.id}`,
    },
  ])
  sendNotificationsStep(notification)
  return new WorkflowResponse(
    transform({ invite }, ({ invite }) => ({ id: invite.id, email: invite.email, expires_at: invite.expires_at }))
  )
})
