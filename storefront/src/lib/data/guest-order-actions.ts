"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { authHeaders, getAuthToken } from "./cookies"
import { sdk } from "./sdk"

export type GuestOrderRequestState = { status: "idle" | "sent" | "failed"; count?: number }

/** Asks the backend to email a confirm link for each guest order with the customer's email (Medusa's order transfer). */
export async function requestGuestOrders(_state: GuestOrderRequestState, _form: FormData): Promise<GuestOrderRequestState> {
  try {
    const { requested } = await sdk().client.fetch<{ requested: number }>("/store/customers/me/guest-orders", {
      method: "POST",
      body: {},
      headers: await authHeaders(),
    })
    refresh()
    return { status: "sent", count: requested }
  } catch (error) {
    console.error("Requesting guest order transfers failed:", error)
    return { status: "failed" }
  }
}

export type AttachOrderState = { status: "idle" | "accepted" | "invalid"; displayId?: number; addressSaved?: boolean }

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

/**
 * Accepts an order transfer with the emailed token (a form post, never on
 * opening the link: mail scanners open links). When the person is logged in
 * to the account that now owns the order and has no address saved yet, the
 * order's shipping address becomes the account's first address, so what was
 * typed at a guest checkout is not typed again.
 */
export async function acceptOrderTransfer(_state: AttachOrderState, form: FormData): Promise<AttachOrderState> {
  const orderId = String(form.get("order") ?? "")
  const token = String(form.get("token") ?? "")
  if (!/^order_\w+$/.test(orderId) || !token) return { status: "invalid" }
  let order: HttpTypes.StoreOrder
  try {
    ;({ order } = await sdk().client.fetch<{ order: HttpTypes.StoreOrder }>(`/store/orders/${orderId}/transfer/accept`, {
      method: "POST",
      body: { token },
      query: { fields: "id,display_id,customer_id,*shipping_address" },
    }))
  } catch (error) {
    if (error instanceof FetchError && (error.status ?? 500) < 500) return { status: "invalid" }
    throw error
  }
  return { status: "accepted", displayId: order.display_id, addressSaved: await saveFirstAddress(order) }
}

async function saveFirstAddress(order: HttpTypes.StoreOrder): Promise<boolean> {
  if (!(await getAuthToken()) || !order.shipping_address) return false
  try {
    const headers = await authHeaders()
    const { customer } = await sdk().store.customer.retrieve({ fields: "id,*addresses" }, headers)
    if (customer.id !== order.customer_id || (customer.addresses?.length ?? 0) > 0) return false
    const source = order.shipping_address as unknown as Record<string, unknown>
    const address = Object.fromEntries(ADDRESS_FIELDS.filter((k) => typeof source[k] === "string" && source[k]).map((k) => [k, source[k]]))
    await sdk().store.customer.createAddress({ ...address, is_default_shipping: true, is_default_billing: true }, { fields: "id" }, headers)
    refresh()
    return true
  } catch (error) {
    // The order is attached either way; the address is a convenience.
    console.error("Saving the attached order's address failed:", error)
    return false
  }
}
