import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cartStockShortfall, type ClaimableCart } from "../../../workflows/checkout/claim-cart-stock"

// What stockDemands needs of each line: the same reading completion uses.
const CART_STOCK_FIELDS = [
  "id",
  "locale",
  "sales_channel_id",
  "items.quantity",
  "items.product_title",
  "items.variant_title",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
]

type ListedOption = { insufficient_inventory?: boolean }

/**
 * Medusa answers `insufficient_inventory` per option from the stock at the
 * option's own fulfillment location. Ours are defined once, on the stock-less
 * dispatch location, while the goods sit at the cohorts' locations of the
 * cart's sales channel, so Medusa says "not enough" for every option and a
 * standard client (Medusa's DTC starter) disables pickup. The answer is
 * corrected to the stock that will fill the order: the locations and choice
 * completion uses (claim-cart-stock), the same for every option because the
 * same stock ships whichever way the order goes.
 */
function stockOfTheOrder(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = typeof req.query.cart_id === "string" ? req.query.cart_id : undefined
  if (!cartId) return next()
  const json = res.json.bind(res)
  res.json = ((body: { shipping_options?: ListedOption[] } | null) => {
    if (!Array.isArray(body?.shipping_options) || res.statusCode >= 400) return json(body)
    void (async () => {
      try {
        const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "cart", fields: CART_STOCK_FIELDS, filters: { id: cartId } })
        const insufficient = data[0] ? Boolean(await cartStockShortfall(req.scope, data[0] as unknown as ClaimableCart)) : true
        json({ ...body, shipping_options: body.shipping_options!.map((option) => ({ ...option, insufficient_inventory: insufficient })) })
      } catch (error) {
        // Medusa's own answer, unchanged, rather than none: completion still checks the stock under its lock.
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`shipping options: stock not re-read for cart ${cartId}: ${(error as Error).message}`)
        json(body)
      }
    })()
    return res
  }) as typeof res.json
  next()
}

export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [stockOfTheOrder] },
]
