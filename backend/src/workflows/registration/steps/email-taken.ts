import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import { OUTLET_MODULE } from "../../../modules/outlet"

/**
 * Whether a registration for this email must not go ahead: it already signs in
 * (one email is one emailpass identity: a shopper, coordinator, outlet buyer or
 * operator), or an invitation for it is waiting (the invitee creates that account).
 */
export const emailTakenStep = createStep("registration-email-taken", async ({ email }: { email: string }, { container }) => {
  const open = { email, accepted_at: null, expires_at: { $gt: new Date() } }
  const [identities, coordinatorInvites, outletInvites] = await Promise.all([
    container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"], take: 1 }),
    (container.resolve(COORDINATOR_MODULE) as any).listCoordinatorInvites(open, { select: ["id"], take: 1 }),
    (container.resolve(OUTLET_MODULE) as any).listOutletInvites(open, { select: ["id"], take: 1 }),
  ])
  return new StepResponse(identities.length + coordinatorInvites.length + outletInvites.length > 0)
})
