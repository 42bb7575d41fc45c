import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InviteResponse } from "@karya-binaan/contract"
import { resendCoordinatorInviteWorkflow } from "../../../../../workflows/coordinator/resend-coordinator-invite"
import { storefrontUrl } from "../../storefront-url"

/** Sends a pending invitation again with a new link; the old link stops working. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<InviteResponse>) {
  const { result } = await resendCoordinatorInviteWorkflow(req.scope).run({ input: { id: req.params.id, storefront_url: storefrontUrl() } })
  res.json({ invite: result })
}
