import "server-only"
import { getCart, itemCount } from "./cart"
import { getAuthToken } from "./cookies"

/** What the header shows one visitor: asked for by the browser, so cached pages stay the same for everyone. */
export type Visitor = {
  /** Units in the open cart; null when the cart could not be read (the link stays, the count goes). */
  cartCount: number | null
  /** A login cookie is present; an expired login is caught by the account page itself. */
  loggedIn: boolean
}

export async function getVisitor(): Promise<Visitor> {
  const [cartCount, token] = await Promise.all([cartCountOrNull(), getAuthToken()])
  return { cartCount, loggedIn: Boolean(token) }
}

// Like the header's categories, a failed cart read must not break the header.
async function cartCountOrNull(): Promise<number | null> {
  try {
    return itemCount(await getCart())
  } catch (error) {
    console.error("Header cart unavailable:", error)
    return null
  }
}
