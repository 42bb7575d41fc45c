import {
  acquireLockStep,
  createCustomersStep,
  linkCustomersToCustomerGroupStep,
  releaseLockStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { inviteTokenHash } from "../invitation/invite-token"
import { registerEmailpassIdentityStep } from "../coordinator/steps/register-emailpass-identity"
import { useOutletInviteStep } from "./steps/use-outlet-invite"

export type AcceptOutletInviteInput = { token: string; first_name: string; last_name?: string; password: string }

/**
 * Accepting a buyer's invitation: marks it used, creates the emailpass
 * identity (refused for an email that already signs in), the Medusa customer,
 * app_metadata.customer_id, and puts the customer in the outlet's group.
 * A failure anywhere rolls back every earlier step; the link stays usable.
 */
export const acceptOutletInviteWorkflow = createWorkflow("accept-outlet-invite", (input: AcceptOutletInviteInput) => {
  const lockKey = transform({ input }, ({ input }) => `outlet-invite:${inviteTokenHash(input.token)}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const invite = useOutletInviteStep({ token: input.token })
  const identity = registerEmailpassIdentityStep(
    transform({ invite, input }, ({ invite, input }) => ({ email: invite.email, password: input.password }))
  )
  const customers = createCustomersStep(
    transform({ invite, input }, ({ invite, input }) => [
      { email: invite.email, first_name: input.first_name, last_name: input.last_name ?? "", has_account: true },
    ])
  )
  const customer = transform({ customers }, ({ customers }) => customers[0])
  setAuthAppMetadataStep(
    transform({ identity, customer }, ({ identity, customer }) => ({ authIdentityId: identity.id, actorType: "customer", value: customer.id }))
  )
  linkCustomersToCustomerGroupStep(
    transform({ invite, customer }, ({ invite, customer }) => ({ id: invite.customer_group_id, add: [customer.id] }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ invite, customer }, ({ invite, customer }) => ({ customer_id: customer.id, email: invite.email, outlet_id: invite.outlet_id }))
  )
})
