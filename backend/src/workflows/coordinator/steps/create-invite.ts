import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"
import { INVITE_TTL_MS, inviteTokenHash, newInviteToken } from "../../invitation/invite-token"

export type CreateInviteStepInput = { email: string; name?: string | null; cohort_ids: string[] }

/** Stores the invitation with the token's hash; the plain token only travels on to the email. */
export const createInviteStep = createStep(
  "create-coordinator-invite",
  async (input: CreateInviteStepInput, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const token = newInviteToken()
    const invite = await service.createCoordinatorInvites({
      email: input.email.toLowerCase(),
      name: input.name ?? null,
      cohort_ids: input.cohort_ids as unknown as Record<string, unknown>,
      token_hash: inviteTokenHash(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.deleteCoordinatorInvites(id)
  }
)
