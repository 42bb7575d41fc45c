// Cached pages cannot re-render the header's cart count for one visitor, so
// whatever changes the cart says so in the browser and the header asks again.
const CART_CHANGED = "karya:cart-changed"

export function announceCartChange(): void {
  window.dispatchEvent(new Event(CART_CHANGED))
}

/** Calls `listener` after each change; returns the unsubscribe. */
export function onCartChange(listener: () => void): () => void {
  window.addEventListener(CART_CHANGED, listener)
  return () => window.removeEventListener(CART_CHANGED, listener)
}
