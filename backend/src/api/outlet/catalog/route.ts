import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletRequest } from "../../../lib/outlet/access"
import { outletCatalog } from "../../../lib/outlet/catalog"

/** The outlet's catalog at its wholesale prices, with each product's case pack. */
export async function GET(req: OutletRequest, res: MedusaResponse) {
  const products = await outletCatalog(req.scope, req.outlet)
  // The price list's id is internal; the buyer needs only the amount.
  res.json({ products: products.map((p) => ({ ...p, variants: p.variants.map(({ price_list_id: _, ...v }) => v) })) })
}
