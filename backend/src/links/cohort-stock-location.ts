import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CohortModule from "../modules/cohort"

// Each cohort keeps its stock at a location of its own, so stock, packing and
// shipping stay per cohort even when one order spans several cohorts.
export default defineLink(
  { linkable: CohortModule.linkable.cohort, isList: false },
  { linkable: StockLocationModule.linkable.stockLocation, isList: false }
)
