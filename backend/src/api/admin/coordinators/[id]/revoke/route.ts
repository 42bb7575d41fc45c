import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCoordinatorResponse } from "@karya-binaan/contract"
import { revokeCoordinatorWorkflow } from "../../../../../workflows/coordinator/revoke-coordinator"
import { ADMIN_COORDINATOR_FIELDS, toAdminCoordinator } from "../../query-config"

/** Revokes a coordinator's access (sign-in and every /coordinator route); their data stays. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCoordinatorResponse>) {
  await revokeCoordinatorWorkflow(req.scope).run({ input: { id: req.params.id } })
  const {
    data: [coordinator],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "coordinator", fields: ADMIN_COORDINATOR_FIELDS, filters: { id: req.params.id } })
  res.json({ coordinator: toAdminCoordinator(coordinator) })
}
