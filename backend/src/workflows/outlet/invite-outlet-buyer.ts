import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_INVITE_TEMPLATE, outletInviteUrl, renderOutletInvite } from "../notifications/templates/outlet-invite"
import { createOutletInviteStep } from "./steps/create-outlet-invite"

export type InviteOutletBuyerInput = { outlet_id: string; email: string; name?: string | null; storefront_url: string }

/**
 * An operator invites a buyer for an outlet: the invitation (hashed token,
 * 7 days) and the email with the link. A failed hand-over to the
 * notification provider deletes the invitation again.
 */
export const inviteOutletBuyerWorkflow = createWorkflow("invite-outlet-buyer", (input: InviteOutletBuyerInput) => {
  const invite = createOutletInviteStep({ outlet_id: input.outlet_id, email: input.email, name: input.name })
  const notification = transform({ invite, input }, ({ invite, input }) => [
    {
      to: invite.email,
      channel: "email",
      template: OUTLET_INVITE_TEMPLATE,
      content: renderOutletInvite(outletInviteUrl(input.storefront_url, invite.token), invite.outlet_name, input.name),
      // The token stays out of `data`: notification records are listed in Medusa Admin.
      data: { email: invite.email, invite_id: invite.id },
      trigger_type: "outlet.buyer_invited",
      resource_id: invite.id,
      resource_type: "outlet_invite",
      idempotency_key: `outlet-invite:${invite.id}`,
    },
  ])
  sendNotificationsStep(notification)
  return new WorkflowResponse(transform({ invite }, ({ invite }) => ({ id: invite.id, email: invite.email, expires_at: invite.expires_at })))
})
