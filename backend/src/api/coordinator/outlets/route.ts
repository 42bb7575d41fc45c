import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoordinatorOutletListResponse } from "@karya-binaan/contract"

/** The active partner outlets a coordinator can consign to: names only, never terms or buyers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorOutletListResponse>) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "outlet",
    fields: ["id", "name", "city"],
    filters: { status: "active" },
    pagination: { order: { name: "ASC" } },
  })
  res.json({ outlets: data })
}
