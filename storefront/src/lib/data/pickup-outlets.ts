import "server-only"
import type { StorePickupOutlet, StorePickupOutletListResponse } from "@karya-binaan/contract"
import { authHeaders } from "./cookies"
import { sdk } from "./sdk"

/** The partner outlets a shopper may collect at (GET /store/pickup-outlets); empty if the call fails. */
export async function listPickupOutlets(): Promise<StorePickupOutlet[]> {
  try {
    const { pickup_outlets } = await sdk().client.fetch<StorePickupOutletListResponse>("/store/pickup-outlets", { cache: "no-store" })
    return pickup_outlets
  } catch (error) {
    console.error("Pickup outlets unavailable:", error)
    return []
  }
}

/** The outlet kept on a cart or order (metadata.pickup_outlet_id), among those listed. */
export async function pickupOutletOf(metadata: Record<string, unknown> | null | undefined): Promise<StorePickupOutlet | null> {
  const id = metadata?.pickup_outlet_id
  if (typeof id !== "string" || !id) return null
  return (await listPickupOutlets()).find((o) => o.id === id) ?? null
}

/** Keeps the chosen outlet on the cart (POST /store/carts/:id/pickup-outlet); null clears it. */
export async function setCartPickupOutlet(cartId: string, outletId: string | null): Promise<void> {
  await sdk().client.fetch(`/store/carts/${cartId}/pickup-outlet`, { method: "POST", body: { outlet_id: outletId }, headers: await authHeaders() })
}
