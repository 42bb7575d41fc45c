import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_NOT_FOUND, inviteTokenHash, openInvite } from "../../invitation/invite-token"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"

/**
 * Finds the open invitation for a token, marks it used first thing (a second
 * acceptance fails here) and returns the outlet's customer group. Compensation
 * reopens it when a later step fails.
 */
export const useOutletInviteStep = createStep(
  "use-outlet-invite",
  async ({ token }: { token: string }, { container }) => {
    const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
    const invite = openInvite((await service.listOutletInvites({ token_hash: inviteTokenHash(token) }))[0])
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "outlet", fields: ["id", "customer_group.id"], filters: { id: invite.outlet_id } })
    const groupId: string | undefined = data[0]?.customer_group?.id
    if (!groupId) throw new MedusaError(MedusaError.Types.NOT_FOUND, INVITE_NOT_FOUND)
    await service.updateOutletInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ id: invite.id, email: invite.email, outlet_id: invite.outlet_id, customer_group_id: groupId }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OutletModuleService>(OUTLET_MODULE).updateOutletInvites({ id, accepted_at: null })
  }
)
