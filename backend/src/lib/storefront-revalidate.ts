type Logger = { warn(msg: string): void }

/** Events arrive in bursts (an order reserves every line): tags asked for within this window go in one call. */
const COALESCE_MS = 100

let pending: { tags: Set<string>; loggers: Set<Logger>; done: Promise<void> } | undefined

/**
 * Asks the storefront to drop cached catalog pages. Fire-and-forget by design:
 * a storefront that is down or slow must never fail the change that caused it;
 * its cache then expires on its own (revalidate: 300 s). Safe to repeat, so
 * at-least-once event delivery is harmless. Resolves once the call was made.
 */
export function revalidateStorefront(tags: string[], logger?: Logger): Promise<void> {
  if (!tags.length) return Promise.resolve()
  if (!pending) {
    const batch = { tags: new Set<string>(), loggers: new Set<Logger>() }
    const done = new Promise((resolve) => setTimeout(resolve, COALESCE_MS)).then(() => {
      pending = undefined
      return post([...batch.tags], [...batch.loggers])
    })
    pending = { ...batch, done }
  }
  for (const tag of tags) pending.tags.add(tag)
  if (logger) pending.loggers.add(logger)
  return pending.done
}

async function post(tags: string[], loggers: Logger[]): Promise<void> {
  const warn = (msg: string) => loggers.forEach((l) => l.warn(msg))
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret) return
  try {
    const res = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!res.ok) warn(`Storefront revalidation answered ${res.status} for ${tags.join(", ")}`)
  } catch (error) {
    warn(`Storefront revalidation failed for ${tags.join(", ")}: ${(error as Error).message}`)
  }
}
