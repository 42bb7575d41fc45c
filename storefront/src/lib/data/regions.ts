import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { medusaFetch } from "./fetch"
import { TAGS } from "./tags"

/** The Indonesian region: the one whose prices (IDR, tax included) the shop shows. */
export async function getRegionId(): Promise<string> {
  const { regions } = await medusaFetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    tags: [TAGS.regions],
    query: { fields: "id,currency_code", limit: 50 },
  })
  const region = regions.find((r) => r.currency_code === "idr")
  if (!region) throw new Error("The store has no region priced in IDR")
  return region.id
}
