import type { MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations } from "@medusajs/framework/utils"
import type { OutletRequest } from "../../../lib/outlet/access"
import { outletCatalog } from "../../../lib/outlet/catalog"
import type { OutletLocaleQueryType } from "./validators"
import type { OutletCatalogResponse } from "@karya-binaan/contract"

/** The outlet's catalog at its wholesale prices, with each product's case pack; names in the asked locale. */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletCatalogResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  const products = await outletCatalog(req.scope, req.outlet)
  await applyTranslations({ localeCode: locale, objects: products, container: req.scope })
  // The price list's id is internal; the buyer needs only the amount.
  res.json({ products: products.map((p) => ({ ...p, variants: p.variants.map(({ price_list_id: _, ...v }) => v) })) })
}
