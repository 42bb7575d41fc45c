import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OutletRequest } from "../../../lib/outlet/access"
import { OUTLET_FIELDS } from "../query-config"
import type { OutletMeResponse } from "@karya-binaan/contract"

/** The buyer and their outlet: details, terms, case packs (for the portal's header, grid and invoice). */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletMeResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: outlets }, { data: customers }] = await Promise.all([
    query.graph({ entity: "outlet", fields: OUTLET_FIELDS, filters: { id: req.outlet.outlet_id } }),
    query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: req.outlet.customer_id } }),
  ])
  res.json({ outlet: outlets[0], buyer: customers[0] })
}
