/** A message key under "Cart.errors" with its values, translated where the form renders it. */
export type CartError = {
  key: "invalid" | "outOfStock" | "exceedsStock" | "exceedsStockInCart" | "exceedsLineCap" | "exceedsLineCapStock" | "stockShort" | "stockUnnamed" | "cartGone" | "failed"
  values?: Record<string, string | number>
}

export type AddToCartState = { status: "idle" } | { status: "added"; quantity: number } | { status: "error"; error: CartError }

export type LineUpdateState = { status: "idle" } | { status: "error"; error: CartError; attempted: string }
