import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_TTL_MS, inviteTokenHash, newInviteToken } from "../../invitation/invite-token"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"

export type CreateOutletInviteStepInput = { outlet_id: string; email: string; name?: string | null }

/** Stores a buyer's invitation with the token's hash (same token rules as coordinators'); returns the outlet's name for the email. */
export const createOutletInviteStep = createStep(
  "create-outlet-invite",
  async (input: CreateOutletInviteStepInput, { container }) => {
    const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
    const [outlet] = await service.listOutlets({ id: input.outlet_id }, { select: ["id", "name"] })
    if (!outlet) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Outlet tidak ditemukan")
    const token = newInviteToken()
    const invite = await service.createOutletInvites({
      outlet_id: outlet.id,
      email: input.email.toLowerCase(),
      name: input.name ?? null,
      token_hash: inviteTokenHash(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, token, outlet_name: outlet.name }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OutletModuleService>(OUTLET_MODULE).deleteOutletInvites(id)
  }
)
