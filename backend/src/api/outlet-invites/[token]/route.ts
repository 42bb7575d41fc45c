import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteTokenHash, openInvite } from "../../../workflows/invitation/invite-token"
import type { OutletInvitationResponse } from "@karya-binaan/contract"

/** What the invitation page shows before the buyer sets a password. */
export async function GET(req: MedusaRequest, res: MedusaResponse<OutletInvitationResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "outlet_invite",
    fields: ["email", "outlet_id", "expires_at", "accepted_at"],
    filters: { token_hash: inviteTokenHash(req.params.token) },
  })
  const invite = openInvite(found)
  const { data: outlets } = await query.graph({ entity: "outlet", fields: ["name", "pertamina_centre"], filters: { id: invite.outlet_id } })
  res.json({ invite: { email: invite.email, outlet: { name: outlets[0]?.name, pertamina_centre: outlets[0]?.pertamina_centre }, expires_at: invite.expires_at } })
}
