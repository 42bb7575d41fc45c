import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { canonicalPalembangAddress } from "../../../lib/palembang-address"

/**
 * A cart's shipping address reaches Medusa with the city in the same-day
 * zone's spelling ("Kota Palembang" → "Palembang", see lib/palembang-address),
 * so Medusa's exact geo-zone match offers same-day to every Palembang address
 * and accepts it when the method is added and the order placed.
 *
 * Registered without a method on purpose: Medusa runs method-less middlewares
 * before its own route middlewares, so the body is rewritten before Medusa's
 * validator reads it (POST /store/carts and POST /store/carts/:id).
 */
function canonicalShippingCity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { shipping_address?: unknown } | undefined
  if (req.method === "POST" && body && typeof body.shipping_address === "object" && body.shipping_address !== null) {
    body.shipping_address = canonicalPalembangAddress(body.shipping_address as Record<string, string>)
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts",
    middlewares: [canonicalShippingCity],
  },
]
