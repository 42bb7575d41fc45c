import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OutletModule from "../modules/outlet"

// A shop order collected at a partner outlet ("Ambil di Outlet Mitra"): the
// outlet the shopper chose. A link (not only order metadata) so the outlet's
// portal can list its pickups by query and nothing else may read them.
export default defineLink(
  { linkable: OutletModule.linkable.outlet, isList: false },
  { linkable: OrderModule.linkable.order, isList: true }
)
