import { authenticate, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { canonicalPalembangAddress } from "./palembang-address"
import { orderAccessFor } from "../orders/order-access"
import { StoreAddLineQuantity, StoreGetPaymentStatusParams, StoreUpdateLineQuantity } from "./validators"

/**
 * Checks the quantity before Medusa's cart routes see it, without replacing
 * their validated body: a refusal is a 400 naming the rule.
 */
function wholeQuantity(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => i.message).join("; "))
    next()
  }
}

/**
 * The browser that completes a cart gets a short-lived token for the order it
 * placed (`order_access`, beside Medusa's `{ type: "order", order }`): with it
 * the confirmation page may read the order (see ../orders/middlewares.ts).
 * Medusa's completion route is kept; only its answer gains the field.
 */
function issueOrderAccessOnCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const placed = body as { type?: string; order?: { id?: string } } | null
    if (placed?.type === "order" && placed.order?.id) return json({ ...placed, order_access: orderAccessFor(req.scope, placed.order.id) })
    return json(body)
  }
  next()
}

/**
 * A cart's shipping address reaches Medusa with the city in the same-day
 * zone's spelling ("Kota Palembang" → "Palembang", see ./palembang-address.ts),
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
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [wholeQuantity(StoreAddLineQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [wholeQuantity(StoreUpdateLineQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [issueOrderAccessOnCompletion] },
  {
    method: ["GET"],
    matcher: "/store/carts/:id/payment-status",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreGetPaymentStatusParams, {}),
    ],
  },
]
