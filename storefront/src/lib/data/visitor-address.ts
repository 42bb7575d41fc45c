import "server-only"
import { headers } from "next/headers"

/**
 * The visitor's address chain, passed on as X-Forwarded-For on sign-in calls:
 * the backend limits failed sign-ins per client address too, and without it
 * every shopper would share the storefront server's address (so twenty
 * strangers' typos would lock the whole shop out). Next adds the connecting
 * peer to the chain it received.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const chain = (await headers()).get("x-forwarded-for")
  return chain ? { "x-forwarded-for": chain } : {}
}
