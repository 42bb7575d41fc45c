"use server"

import { getLocale } from "next-intl/server"
import { refresh } from "next/cache"
import type { AddToCartState, LineUpdateState } from "@/lib/types/cart"
import { backendLocale } from "@/i18n/locale"
import { checkQuantity, parseQuantity } from "@/lib/util/cart-limits"
import { getCart } from "./cart"
import { cartCallError, quantityError } from "./cart-errors"
import { authHeaders, setCartId } from "./cookies"
import { getRegionId } from "./regions"
import { sdk } from "./sdk"
import { variantStock } from "./stock"

// Carts are read per visitor with no cache, so there is no cache entry to
// expire: refresh() re-renders the page the action came from, header badge included.

/** Adds a quantity of a variant, checking stock first so a refusal names the product and what is left. */
export async function addToCart(_: AddToCartState, form: FormData): Promise<AddToCartState> {
  const variantId = String(form.get("variant_id") ?? "")
  const quantity = parseQuantity(form.get("quantity"))
  const locale = await getLocale()
  if (!Number.isInteger(quantity) || quantity < 1) return { status: "error", error: { key: "invalid" } }
  try {
    const [stock, cart] = await Promise.all([variantStock([variantId], locale), getCart()])
    const variant = stock.get(variantId)
    if (!variant) return { status: "error", error: { key: "failed" } }
    const inCart = (cart?.items ?? []).filter((i) => i.variant_id === variantId).reduce((sum, i) => sum + i.quantity, 0)
    const check = checkQuantity(inCart + quantity, variant)
    if (!check.ok) return { status: "error", error: quantityError(check, variant.name, inCart) }

    const headers = await authHeaders()
    let cartId = cart?.id
    if (!cartId) {
      const language = backendLocale(locale)
      const created = await sdk().store.cart.create({ region_id: await getRegionId(), ...(language ? { locale: language } : {}) }, {}, headers)
      cartId = created.cart.id
      await setCartId(cartId)
    }
    try {
      await sdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, {}, headers)
    } catch (error) {
      return { status: "error", error: cartCallError(error, variant.name) }
    }
  } catch (error) {
    return { status: "error", error: cartCallError(error) }
  }
  refresh()
  return { status: "added", quantity }
}

/** Sets a line's quantity, within the stock left. */
export async function updateLineQuantity(_: LineUpdateState, form: FormData): Promise<LineUpdateState> {
  const lineId = String(form.get("line_id") ?? "")
  const attempted = String(form.get("quantity") ?? "")
  const quantity = parseQuantity(attempted)
  try {
    const cart = await getCart()
    const line = cart?.items?.find((i) => i.id === lineId)
    if (!cart || !line) return { status: "error", error: { key: "cartGone" }, attempted }
    const variant = line.variant_id ? (await variantStock([line.variant_id], await getLocale())).get(line.variant_id) : undefined
    const name = variant?.name ?? line.product_title ?? line.title
    const check = variant ? checkQuantity(quantity, variant) : checkQuantity(quantity, { manageInventory: false, allowBackorder: false, inventoryQuantity: null })
    if (!check.ok) return { status: "error", error: quantityError(check, name), attempted }
    try {
      await sdk().store.cart.updateLineItem(cart.id, lineId, { quantity }, {}, await authHeaders())
    } catch (error) {
      return { status: "error", error: cartCallError(error, name), attempted }
    }
  } catch (error) {
    return { status: "error", error: cartCallError(error), attempted }
  }
  refresh()
  return { status: "idle" }
}

/** Takes a line out of the cart; a plain form post, so it works without JavaScript. */
export async function removeLine(form: FormData): Promise<void> {
  const lineId = String(form.get("line_id") ?? "")
  const cart = await getCart()
  if (cart?.items?.some((i) => i.id === lineId)) {
    await sdk().store.cart.deleteLineItem(cart.id, lineId, {}, await authHeaders())
  }
  refresh()
}
