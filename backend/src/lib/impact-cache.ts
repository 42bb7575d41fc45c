import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The tag every cached public impact answer carries, in Medusa's cache and in the storefront's. */
export const IMPACT_CACHE_TAG = "impact"
/** A backstop: figures also move with the calendar (the default period ends today). */
const TTL_SECONDS = 600

const caching = (scope: MedusaContainer) => scope.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true })

/**
 * The public figures from Medusa's Caching Module, or computed and stored
 * under the `impact` tag. Without the module (MEDUSA_FF_CACHING=false) it
 * always computes. Cleared by subscribers/invalidate-impact.ts.
 */
export async function cachedImpact<T>(scope: MedusaContainer, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = caching(scope)
  const fullKey = `impact:${key}`
  if (cache) {
    const hit = (await cache.get({ key: fullKey })) as T | null
    if (hit) return hit
  }
  const value = await compute()
  if (cache) await cache.set({ key: fullKey, data: value as object, tags: [IMPACT_CACHE_TAG], ttl: TTL_SECONDS })
  return value
}

export async function clearImpactCache(scope: MedusaContainer): Promise<void> {
  await caching(scope)?.clear({ tags: [IMPACT_CACHE_TAG] })
}
