import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"
import { inviteTokenHash, openInvite } from "../../invitation/invite-token"

/**
 * Finds the still-open invitation for a token and marks it used, first thing,
 * so a second acceptance of the same link fails here. Compensation reopens it
 * when a later step (account, links) fails.
 */
export const useInviteStep = createStep(
  "use-coordinator-invite",
  async ({ token }: { token: string }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const invite = openInvite((await service.listCoordinatorInvites({ token_hash: inviteTokenHash(token) }))[0])
    await service.updateCoordinatorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(
      { id: invite.id, email: invite.email, cohort_ids: invite.cohort_ids as unknown as string[] },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.updateCoordinatorInvites({ id, accepted_at: null })
  }
)
