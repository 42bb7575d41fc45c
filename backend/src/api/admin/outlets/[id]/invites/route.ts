import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteOutletBuyerWorkflow } from "../../../../../workflows/outlet/invite-outlet-buyer"
import type { AdminInviteOutletBuyerType } from "../../validators"
import type { InviteResponse } from "@karya-binaan/contract"

/** An operator invites a buyer for the outlet; the link goes out by email (outbox). */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteOutletBuyerType>, res: MedusaResponse<InviteResponse>) {
  // npm start and docker compose set it; the default is the storefront of `npm run dev`.
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  const { result } = await inviteOutletBuyerWorkflow(req.scope).run({
    input: { outlet_id: req.params.id, ...req.validatedBody, storefront_url: storefrontUrl },
  })
  res.status(201).json({ invite: result })
}
