import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteCoordinatorWorkflow } from "../../../workflows/coordinator/invite-coordinator"
import type { AdminCreateCoordinatorInviteType } from "./validators"
import type { InviteResponse } from "@karya-binaan/contract"

/** An operator invites a coordinator for some cohorts; the link goes out by email. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCoordinatorInviteType>, res: MedusaResponse<InviteResponse>) {
  // npm start and docker compose set it; the default is the storefront of `npm run dev`.
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  const { result } = await inviteCoordinatorWorkflow(req.scope).run({
    input: { ...req.validatedBody, storefront_url: storefrontUrl },
  })
  res.status(201).json({ invite: result })
}
