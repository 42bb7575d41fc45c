import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OutletModule from "../modules/outlet"

// Consigned goods sit at the outlet's own stock location: out of the cohort's
// sellable stock online, still counted, and sold only through the outlet's
// consignment channel (the only channel linked to it).
export default defineLink(
  { linkable: OutletModule.linkable.outlet, isList: false },
  { linkable: StockLocationModule.linkable.stockLocation, isList: false }
)
