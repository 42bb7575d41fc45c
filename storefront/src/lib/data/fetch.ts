import "server-only"
import type { AppLocale } from "@/i18n/routing"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "./sdk"
import { storeQuery, type QueryValue } from "./store-query"
import { REVALIDATE_SECONDS, type CacheTag } from "./tags"

type MedusaFetchOptions = {
  /** Omitted for locale-free data such as regions. */
  locale?: AppLocale
  tags: readonly CacheTag[]
  query?: Record<string, QueryValue>
}

/** A store API answer other than 2xx; `status` lets callers turn 404 into notFound(). */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string
  ) {
    super(`Store API ${status} on ${path}: ${message}`)
  }
}

/**
 * The one way the storefront reads the store API: publishable key, locale and
 * cache tags in one place. Reads are shared by every visitor (no cookies, no
 * per-visitor keys), so catalog pages built on them are cached whole and one
 * revalidateTag refreshes them for everyone. No catalog page is rendered by
 * `next build` (each returns no static params), so the build needs no backend.
 */
export async function medusaFetch<T>(path: string, { locale, tags, query }: MedusaFetchOptions): Promise<T> {
  try {
    return await sdk().client.fetch<T>(path, {
      query: storeQuery(locale, query),
      // A positive revalidate caches the answer in Next's data cache, even on dynamic pages.
      next: { tags: [...tags], revalidate: REVALIDATE_SECONDS },
    })
  } catch (error) {
    if (error instanceof FetchError) throw new StoreApiError(error.status ?? 500, path, error.message)
    throw error
  }
}
