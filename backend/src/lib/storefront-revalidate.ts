/**
 * Asks the storefront to drop cached catalog pages. Fire-and-forget by design:
 * a storefront that is down or slow must never fail the change that caused it;
 * its cache then expires on its own (revalidate: 300 s). Safe to repeat, so
 * at-least-once event delivery is harmless.
 */
export async function revalidateStorefront(tags: string[], logger?: { warn(msg: string): void }): Promise<void> {
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
    if (!res.ok) logger?.warn(`Storefront revalidation answered ${res.status} for ${tags.join(", ")}`)
  } catch (error) {
    logger?.warn(`Storefront revalidation failed for ${tags.join(", ")}: ${(error as Error).message}`)
  }
}
