import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loginAfterInvite } from "../../utils/login-after-invite"
import { acceptCoordinatorInviteWorkflow } from "../../../workflows/coordinator/accept-invite"
import type { AcceptCoordinatorInviteType } from "../validators"
import type { InvitationAcceptedResponse } from "@karya-binaan/contract"

/** Accepts an invitation and answers with a coordinator JWT, so the portal is signed in at once. */
export async function POST(req: MedusaRequest<AcceptCoordinatorInviteType>, res: MedusaResponse<InvitationAcceptedResponse>) {
  const { token, name, password } = req.validatedBody
  const { result } = await acceptCoordinatorInviteWorkflow(req.scope).run({ input: { token, name, password } })
  const jwt = await loginAfterInvite(req, { email: result.email, password, actor_type: "coordinator", actor_id: result.coordinator_id })
  res.status(200).json({ token: jwt })
}
