import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import OutletModule from "../modules/outlet"

// The outlet's wholesale prices: a price list with a rule on its customer group.
export default defineLink(
  { linkable: OutletModule.linkable.outlet, isList: false },
  { linkable: PricingModule.linkable.priceList, isList: false }
)
