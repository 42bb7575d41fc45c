import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCoordinatorListResponse } from "@karya-binaan/contract"
import { ADMIN_COORDINATOR_FIELDS, toAdminCoordinator } from "./query-config"
import type { AdminGetCoordinatorsType } from "./validators"

/** Every coordinator (revoked ones too), newest first, with their cohorts and last sign-in. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCoordinatorsType>, res: MedusaResponse<AdminCoordinatorListResponse>) {
  const { limit, offset } = req.validatedQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "coordinator",
    fields: ADMIN_COORDINATOR_FIELDS,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  res.json({ coordinators: data.map(toAdminCoordinator), count: metadata?.count ?? data.length, limit, offset })
}
