import { defineLink } from "@medusajs/framework/utils"
import OutletModule from "../modules/outlet"
import ProductionModule from "../modules/production"

// The batch a placement's units came from (placement.batch_id), read-only link
// so the consigned-stock lists read batch, variant and product in one query.
export default defineLink(
  { linkable: OutletModule.linkable.consignmentPlacement, field: "batch_id" },
  ProductionModule.linkable.productionBatch,
  { readOnly: true }
)
