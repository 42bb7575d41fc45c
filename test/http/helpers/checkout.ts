import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { operatorToken } from "./actors"
import { api, type ApiResponse } from "./api"
import { idrRegionId } from "./store"

/** An Indonesian address in Palembang, where every shipping option applies. */
export const PALEMBANG_ADDRESS = {
  first_name: "Pembeli",
  last_name: "Uji",
  address_1: "Jl. Kapten Robani Kadir No. 1, Plaju",
  city: "Palembang",
  province: "id-ss",
  postal_code: "30268",
  country_code: "id",
  phone: "+628110000000",
}

export type StockedVariant = { variantId: string; sku: string; inventoryItemId: string; locationId: string }

/** A seeded variant by catalog position: each suite takes its own so stock changes don't collide. */
export async function seededVariant(productIndex: number): Promise<StockedVariant> {
  const seed = PRODUCTS[productIndex]
  const sku = seed.variants[0].sku
  const product = await api(`/store/products?handle=${seed.handle}&fields=variants.id,variants.sku`)
  const variantId = product.body.products[0].variants.find((v: { sku: string }) => v.sku === sku).id
  const token = await operatorToken()
  const items = await api(`/admin/inventory-items?sku=${sku}&fields=id,*location_levels`, { token })
  const item = items.body.inventory_items[0]
  return { variantId, sku, inventoryItemId: item.id, locationId: item.location_levels[0].location_id }
}

/** The variant's inventory level at its cohort's location, through the admin API. */
export async function stockLevel(variant: StockedVariant, token?: string) {
  const res = await api(`/admin/inventory-items/${variant.inventoryItemId}/location-levels?location_id=${variant.locationId}`, {
    token: token ?? (await operatorToken()),
  })
  const level = res.body.inventory_levels[0]
  return { stocked: level.stocked_quantity as number, reserved: level.reserved_quantity as number }
}

/** Sets how many units can still be sold: stock becomes what is reserved plus `available`. */
export async function setAvailable(variant: StockedVariant, available: number): Promise<void> {
  const token = await operatorToken()
  const { reserved } = await stockLevel(variant, token)
  const res = await api(`/admin/inventory-items/${variant.inventoryItemId}/location-levels/${variant.locationId}`, {
    token,
    body: { stocked_quantity: reserved + available },
  })
  if (res.status !== 200) throw new Error(`Setting stock failed: ${res.status} ${JSON.stringify(res.body)}`)
}

/** A new cart in the IDR region with an email and a Palembang shipping address. */
export async function createCart(email: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api("/store/carts", {
    body: { region_id: await idrRegionId(), email, shipping_address: PALEMBANG_ADDRESS, ...extra },
  })
  if (res.status !== 200) throw new Error(`Creating a cart failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.cart.id
}

export function addLine(cartId: string, variantId: string, quantity: number): Promise<ApiResponse> {
  return api(`/store/carts/${cartId}/line-items`, { body: { variant_id: variantId, quantity } })
}

/** Shipping options Medusa offers the cart, by name. */
export async function shippingOptions(cartId: string, query = ""): Promise<Record<string, any>[]> {
  const res = await api(`/store/shipping-options?cart_id=${cartId}${query}`)
  if (res.status !== 200) throw new Error(`Listing shipping options failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.shipping_options
}

export type CartLine = { variantId: string; quantity: number }

/**
 * Brings a cart holding the lines to the point where it can be completed:
 * regular delivery and a bank-transfer (manual) payment session, added last
 * since a later change to the cart would reprice the payment.
 */
export async function checkoutCart(email: string, lines: CartLine[], cart: Record<string, unknown> = {}): Promise<string> {
  const cartId = await createCart(email, cart)
  for (const { variantId, quantity } of lines) {
    const line = await addLine(cartId, variantId, quantity)
    if (line.status !== 200) throw new Error(`Adding a line failed: ${line.status} ${JSON.stringify(line.body)}`)
  }
  await deliverRegularPayByTransfer(cartId)
  return cartId
}

/** Regular delivery and the system (bank transfer) payment session on a cart with its lines. */
async function deliverRegularPayByTransfer(cartId: string): Promise<void> {
  // By type code: the name follows the cart's language.
  const regular = (await shippingOptions(cartId)).find((o) => o.type?.code === "reguler")
  const method = await api(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: regular?.id } })
  if (method.status !== 200) throw new Error(`Adding delivery failed: ${method.status} ${JSON.stringify(method.body)}`)
  const collection = await api("/store/payment-collections", { body: { cart_id: cartId } })
  const collectionId = collection.body.payment_collection?.id
  const session = await api(`/store/payment-collections/${collectionId}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
  })
  if (session.status !== 200) throw new Error(`Payment session failed: ${session.status} ${JSON.stringify(session.body)}`)
}

/** Regular delivery, bank transfer, and the order placed: its id and number. */
export async function placeCartOrder(cartId: string): Promise<{ id: string; display_id: number }> {
  await deliverRegularPayByTransfer(cartId)
  const done = await completeCart(cartId)
  if (done.body?.type !== "order") throw new Error(`Completing the cart failed: ${done.status} ${JSON.stringify(done.body)}`)
  return { id: done.body.order.id, display_id: done.body.order.display_id }
}

export function completeCart(cartId: string): Promise<ApiResponse> {
  return api(`/store/carts/${cartId}/complete`, { method: "POST" })
}

/** Orders placed with any of these emails (admin view), newest first. */
export async function ordersFor(emails: string[]): Promise<{ id: string; email: string }[]> {
  const token = await operatorToken()
  const res = await api(`/admin/orders?fields=id,email&order=-created_at&limit=100`, { token })
  return res.body.orders.filter((o: { email: string }) => emails.includes(o.email))
}
