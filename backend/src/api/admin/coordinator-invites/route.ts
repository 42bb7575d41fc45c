import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCoordinatorInviteListResponse, InviteResponse } from "@karya-binaan/contract"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"
import { inviteCoordinatorWorkflow } from "../../../workflows/coordinator/invite-coordinator"
import { storefrontUrl } from "./storefront-url"
import type { AdminCreateCoordinatorInviteType, AdminGetCoordinatorInvitesType } from "./validators"

/**
 * Invitations not accepted yet, newest first, with their cohorts' names;
 * expired ones too (`expired: true`), so the operator can send them again.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCoordinatorInvitesType>, res: MedusaResponse<AdminCoordinatorInviteListResponse>) {
  const { limit, offset } = req.validatedQuery
  const service: CoordinatorModuleService = req.scope.resolve(COORDINATOR_MODULE)
  const [invites, count] = await service.listAndCountCoordinatorInvites(
    { accepted_at: null },
    { select: ["id", "email", "name", "cohort_ids", "expires_at", "created_at"], order: { created_at: "DESC", id: "ASC" }, skip: offset, take: limit }
  )
  const cohortIds = [...new Set(invites.flatMap((i) => i.cohort_ids as unknown as string[]))]
  const { data: cohorts } = cohortIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cohort", fields: ["id", "name"], filters: { id: cohortIds } })
    : { data: [] }
  const nameOf = new Map(cohorts.map((c: { id: string; name: string }) => [c.id, c.name]))
  const now = Date.now()
  res.json({
    invites: invites.map((i) => ({
      id: i.id,
      email: i.email,
      name: i.name ?? null,
      cohorts: (i.cohort_ids as unknown as string[]).flatMap((id) => (nameOf.has(id) ? [{ id, name: nameOf.get(id)! }] : [])),
      expires_at: i.expires_at,
      expired: new Date(i.expires_at).getTime() <= now,
      created_at: i.created_at,
    })),
    count,
    limit,
    offset,
  })
}

/** An operator invites a coordinator for some cohorts; the link goes out by email. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCoordinatorInviteType>, res: MedusaResponse<InviteResponse>) {
  const { result } = await inviteCoordinatorWorkflow(req.scope).run({
    input: { ...req.validatedBody, storefront_url: storefrontUrl() },
  })
  res.status(201).json({ invite: result })
}
