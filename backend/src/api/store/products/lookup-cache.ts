import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Query = { graph: (config: { entity: string; fields: string[] }, options?: Record<string, unknown>) => Promise<unknown> }

/**
 * The reads Medusa's GET /store/products makes before its own cached product
 * query, on every request and uncached: how many sales channels the store has;
 * since it has more than one (the shop and each partner outlet's), every
 * product id of the publishable key's channel through the product↔sales-channel
 * link (`maybeApplyLinkFilter`); and the region twice, for the pricing and the
 * tax context. The link read loads one ORM entity per product in the channel:
 * on the bench's 1,036-product catalog it was most of the route's CPU time, for
 * a page of 12. Matched on entity and exact fields, so no other read changes.
 */
const CACHED_LOOKUPS: { entity: string; fields: string[] }[] = [
  { entity: "sales_channels", fields: ["id"] },
  { entity: "product_sales_channel", fields: ["product_id"] },
  { entity: "region", fields: ["id", "currency_code"] },
  { entity: "region", fields: ["automatic_taxes"] },
]

function isCachedLookup(config: { entity: string; fields: string[] }): boolean {
  return CACHED_LOOKUPS.some((l) => l.entity === config.entity && l.fields.length === config.fields.length && l.fields.every((f, i) => config.fields[i] === f))
}

/**
 * Gives this request a Query whose lookups go through Medusa's Caching Module,
 * like the product query after them. Entries are dropped with the rest of the
 * store cache on every product, sales-channel and region event
 * (subscribers/invalidate-store-cache.ts) and when the Admin links products to
 * a channel, which emits none (api/admin/sales-channels/middlewares.ts).
 * Without the module (MEDUSA_FF_CACHING=false) the option is ignored.
 */
export function cacheLookups(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET") return next()
  const query = req.scope.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const graph: Query["graph"] = (config, options) =>
    isCachedLookup(config) ? query.graph(config, { ...options, cache: { enable: true } }) : query.graph(config, options)
  // A proxy, not a copy: Query keeps its state in private fields, so its other methods run on the original.
  const cached = new Proxy(query, {
    get: (target, property) => {
      if (property === "graph") return graph
      const value = Reflect.get(target, property, target)
      return typeof value === "function" ? value.bind(target) : value
    },
  })
  req.scope.register(ContainerRegistrationKeys.QUERY, asValue(cached))
  next()
}
