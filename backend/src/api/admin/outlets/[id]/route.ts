import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_OUTLET_FIELDS } from "../query-config"
import type { AdminOutletResponse } from "@karya-binaan/contract"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOutletResponse>) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "outlet", fields: ADMIN_OUTLET_FIELDS, filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Outlet tidak ditemukan")
  res.json({ outlet: data[0] })
}
