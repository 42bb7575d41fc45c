import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCohortsWorkflow } from "../../../workflows/cohort/create-cohorts"
import { refetchCohort } from "./helpers"
import type { AdminCreateCohortType, AdminGetCohortsParamsType } from "./validators"
import type { AdminCohortListResponse, AdminCohortResponse } from "@karya-binaan/contract"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCohortsParamsType>,
  res: MedusaResponse<AdminCohortListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cohorts, metadata } = await query.graph({
    entity: "cohort",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ cohorts, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCohortType>,
  res: MedusaResponse<AdminCohortResponse>
) => {
  const { result } = await createCohortsWorkflow(req.scope).run({
    input: { cohorts: [req.validatedBody] },
  })
  const cohort = await refetchCohort(result[0].id, req.scope, req.queryConfig.fields)
  res.status(201).json({ cohort })
}
