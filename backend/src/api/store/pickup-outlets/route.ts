import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePickupOutletListResponse } from "@karya-binaan/contract"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import { PICKUP_OUTLET_SELECT, toPickupOutlet } from "./serialize"

/** The partner outlets a shopper may collect an order at ("Ambil di Outlet Mitra"): active ones, by name. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StorePickupOutletListResponse>) => {
  const outlets = await req.scope
    .resolve<OutletModuleService>(OUTLET_MODULE)
    .listOutlets({ status: "active" }, { select: [...PICKUP_OUTLET_SELECT], order: { name: "ASC" } })
  res.json({ pickup_outlets: outlets.map(toPickupOutlet) })
}
