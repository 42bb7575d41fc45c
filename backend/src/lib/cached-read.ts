import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

const caching = (scope: MedusaContainer) => scope.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true })

/**
 * A read of our own routes through Medusa's Caching Module: the stored answer
 * under `key`, or `compute()` stored under `tags` for `ttl` seconds. Without
 * the module (MEDUSA_FF_CACHING=false) it always computes. A subscriber clears
 * the tags when the data behind them changes (clearCachedReads).
 */
export async function cachedRead<T>(scope: MedusaContainer, entry: { key: string; tags: string[]; ttl: number }, compute: () => Promise<T>): Promise<T> {
  const cache = caching(scope)
  if (cache) {
    const hit = (await cache.get({ key: entry.key })) as T | null
    if (hit) return hit
  }
  const value = await compute()
  if (cache) await cache.set({ key: entry.key, data: value as object, tags: entry.tags, ttl: entry.ttl })
  return value
}

export async function clearCachedReads(scope: MedusaContainer, tags: string[]): Promise<void> {
  await caching(scope)?.clear({ tags })
}
