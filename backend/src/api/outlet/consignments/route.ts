import type { MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OutletLocaleQueryType } from "../catalog/validators"
import type { OutletRequest } from "../scope"
import { CONSIGNMENT_STOCK_FIELDS, consignmentStockRows, type ConsignmentPlacementRow } from "./query-config"
import type { ConsignmentStockListResponse } from "@karya-binaan/contract"

/** The goods consigned to the buyer's outlet: placed, sold, returned, still there; names in the asked locale. */
export async function GET(req: OutletRequest, res: MedusaResponse<ConsignmentStockListResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment_placement",
    fields: CONSIGNMENT_STOCK_FIELDS,
    filters: { outlet_id: req.outlet.outlet_id },
  })
  const placements = data as ConsignmentPlacementRow[]
  await applyTranslations({ localeCode: locale, objects: placements, container: req.scope })
  res.json({ consignments: consignmentStockRows(placements) })
}
