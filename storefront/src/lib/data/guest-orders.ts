import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { authHeaders } from "./cookies"
import { sdk } from "./sdk"

export type GuestOrderCounts = { attachable: number; awaiting: number }

/** How many orders were placed without an account with the customer's email (backend: /store/customers/me/guest-orders). */
export async function guestOrderCounts(): Promise<GuestOrderCounts> {
  try {
    return await sdk().client.fetch<GuestOrderCounts>("/store/customers/me/guest-orders", { headers: await authHeaders(), cache: "no-store" })
  } catch (error) {
    // The offer is a convenience: an expired login or a hiccup must not break the account page.
    if (error instanceof FetchError) return { attachable: 0, awaiting: 0 }
    throw error
  }
}
