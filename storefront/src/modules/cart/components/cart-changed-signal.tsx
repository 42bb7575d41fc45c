"use client"

import { useEffect } from "react"
import { announceCartChange } from "../cart-changed"

/**
 * Rendered by the cart page with its unit count: after a line is changed or
 * removed the page re-renders with a new count, and the header asks again.
 */
export function CartChangedSignal({ count }: { count: number }) {
  useEffect(() => announceCartChange(), [count])
  return null
}
