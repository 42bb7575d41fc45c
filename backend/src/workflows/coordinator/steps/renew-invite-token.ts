import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"
import { INVITE_TTL_MS, inviteTokenHash, newInviteToken } from "../../invitation/invite-token"

export const renewInviteTokenStepId = "renew-coordinator-invite-token"

/**
 * A pending invitation gets a new token and seven more days; only the new
 * token's hash is stored, so the old link stops working. An accepted
 * invitation is refused. Compensation puts the old hash and expiry back.
 */
export const renewInviteTokenStep = createStep(
  renewInviteTokenStepId,
  async ({ id }: { id: string }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const [invite] = await service.listCoordinatorInvites({ id })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Undangan tidak ditemukan")
    if (invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Undangan ini sudah diterima: koordinatornya sudah punya akun")
    }
    const token = newInviteToken()
    const expiresAt = new Date(Date.now() + INVITE_TTL_MS)
    await service.updateCoordinatorInvites({ id, token_hash: inviteTokenHash(token), expires_at: expiresAt })
    return new StepResponse(
      { id, email: invite.email, name: invite.name, cohort_ids: invite.cohort_ids as unknown as string[], expires_at: expiresAt, token },
      { id, token_hash: invite.token_hash, expires_at: invite.expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.updateCoordinatorInvites(previous)
  }
)
