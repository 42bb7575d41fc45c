import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVITE_NOT_FOUND, inviteTokenHash } from "../../../lib/coordinator/invite-token"

/** What the invitation page shows before the person sets a password. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [invite],
  } = await query.graph({
    entity: "coordinator_invite",
    fields: ["email", "cohort_ids", "expires_at", "accepted_at"],
    filters: { token_hash: inviteTokenHash(req.params.token) },
  })
  if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() < Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, INVITE_NOT_FOUND)
  }
  const ids = invite.cohort_ids as unknown as string[]
  const { data: cohorts } = await query.graph({ entity: "cohort", fields: ["id", "name"], filters: { id: ids } })
  res.json({ invite: { email: invite.email, cohorts: cohorts.map((c) => ({ name: c.name })), expires_at: invite.expires_at } })
}
