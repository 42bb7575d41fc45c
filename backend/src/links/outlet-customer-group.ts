import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import OutletModule from "../modules/outlet"

// The outlet's buyers are the customers in this group; the wholesale price
// list applies to it, so nobody outside the group sees those prices.
export default defineLink(
  { linkable: OutletModule.linkable.outlet, isList: false },
  { linkable: CustomerModule.linkable.customerGroup, isList: false }
)
