import { FetchError } from "@medusajs/js-sdk"
import type { CartError } from "@/lib/types/cart"
import type { QuantityCheck } from "@/lib/util/cart-limits"
import { storeProblem } from "@/lib/util/store-errors"

/** The shopper's message for a quantity the stock can't cover. */
export function quantityError(check: Exclude<QuantityCheck, { ok: true }>, product: string, inCart = 0): CartError {
  if (check.reason === "invalid") return { key: "invalid" }
  if (check.reason === "out_of_stock") return { key: "outOfStock", values: { product } }
  if (check.reason === "exceeds_line_cap") {
    if (check.available === null) return { key: "exceedsLineCap", values: { product, max: check.max } }
    return { key: "exceedsLineCapStock", values: { product, max: check.max, available: check.available } }
  }
  if (inCart > 0) return { key: "exceedsStockInCart", values: { product, available: check.available, inCart } }
  return { key: "exceedsStock", values: { product, available: check.available } }
}

/** The shopper's message for a failed cart call; unexpected failures are logged for the operator. */
export function cartCallError(error: unknown, product?: string): CartError {
  const problem = error instanceof FetchError ? storeProblem(error) : storeProblem({ message: String(error) })
  if (problem.kind === "stock") {
    const name = problem.product ?? product
    if (!name) return { key: "stockUnnamed" }
    if (problem.available) return { key: "exceedsStock", values: { product: name, available: problem.available } }
    return problem.available === 0 ? { key: "outOfStock", values: { product: name } } : { key: "stockShort", values: { product: name } }
  }
  if (problem.kind === "cart_gone") return { key: "cartGone" }
  console.error("Cart call failed:", error)
  return { key: "failed" }
}
