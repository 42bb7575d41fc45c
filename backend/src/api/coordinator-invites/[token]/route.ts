import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteTokenHash, openInvite } from "../../../workflows/invitation/invite-token"
import type { CoordinatorInvitationResponse } from "@karya-binaan/contract"

/** What the invitation page shows before the person sets a password. */
export async function GET(req: MedusaRequest, res: MedusaResponse<CoordinatorInvitationResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "coordinator_invite",
    fields: ["email", "cohort_ids", "expires_at", "accepted_at"],
    filters: { token_hash: inviteTokenHash(req.params.token) },
  })
  const invite = openInvite(found)
  const ids = invite.cohort_ids as unknown as string[]
  const { data: cohorts } = await query.graph({ entity: "cohort", fields: ["id", "name"], filters: { id: ids } })
  res.json({ invite: { email: invite.email, cohorts: cohorts.map((c) => ({ name: c.name })), expires_at: invite.expires_at } })
}
