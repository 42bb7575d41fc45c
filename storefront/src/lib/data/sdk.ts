import "server-only"
import Medusa from "@medusajs/js-sdk"
import { backendUrl, publishableKey } from "@/lib/env"

let client: { key: string; sdk: Medusa } | undefined

/**
 * The Medusa JS SDK, built from runtime settings on first use (never at build
 * time, so one build serves any backend) and rebuilt only if they change.
 */
export function sdk(): Medusa {
  const key = `${backendUrl()}|${publishableKey()}`
  if (client?.key !== key) {
    client = { key, sdk: new Medusa({ baseUrl: backendUrl(), publishableKey: publishableKey() }) }
  }
  return client.sdk
}
