import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOutletWorkflow } from "../../../workflows/outlet/create-outlet"
import { ADMIN_OUTLET_FIELDS } from "./query-config"
import type { AdminCreateOutletType } from "./validators"
import type { AdminOutletListResponse, AdminOutletResponse } from "@karya-binaan/contract"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOutletListResponse>) {
  const { data: outlets } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "outlet", fields: ADMIN_OUTLET_FIELDS, pagination: { order: { name: "ASC" } } })
  res.json({ outlets })
}

/** Opens an outlet with its own sales channel, buyers' group and wholesale price list. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOutletType>, res: MedusaResponse<AdminOutletResponse>) {
  const { result } = await createOutletWorkflow(req.scope).run({ input: req.validatedBody })
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "outlet", fields: ADMIN_OUTLET_FIELDS, filters: { id: result.outlet.id } })
  res.status(201).json({ outlet: data[0] })
}
