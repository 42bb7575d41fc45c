import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loginAfterInvite } from "../../utils/login-after-invite"
import { acceptOutletInviteWorkflow } from "../../../workflows/outlet/accept-outlet-invite"
import type { AcceptOutletInviteType } from "../validators"
import type { InvitationAcceptedResponse } from "@karya-binaan/contract"

/** Accepts a buyer's invitation and answers with a customer JWT, so the outlet portal is signed in at once. */
export async function POST(req: MedusaRequest<AcceptOutletInviteType>, res: MedusaResponse<InvitationAcceptedResponse>) {
  const { token, first_name, last_name, password } = req.validatedBody
  const { result } = await acceptOutletInviteWorkflow(req.scope).run({ input: { token, first_name, last_name, password } })
  const jwt = await loginAfterInvite(req, { email: result.email, password, actor_type: "customer", actor_id: result.customer_id })
  res.status(200).json({ token: jwt })
}
