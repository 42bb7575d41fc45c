import { FetchError } from "@medusajs/js-sdk"
import type { CheckoutError } from "@/lib/types/checkout"
import { storeProblem } from "@/lib/util/store-errors"

/** The shopper's message for a refused checkout call: stock problems name the product. */
export function checkoutError(error: { status?: number | null; message?: string | null }): CheckoutError {
  const problem = storeProblem(error)
  if (problem.kind === "stock") {
    if (!problem.product) return { key: "stockUnnamed" }
    if (problem.available) return { key: "stockLeft", values: { product: problem.product, available: problem.available } }
    return { key: "stock", values: { product: problem.product } }
  }
  if (problem.kind === "cart_gone") return { key: "cartGone" }
  console.error("Checkout call failed:", error.status, error.message)
  return { key: "failed" }
}

/** The same, for whatever a store call threw. */
export function thrownCheckoutError(error: unknown): CheckoutError {
  if (error instanceof FetchError) return checkoutError(error)
  console.error("Checkout call failed:", error)
  return { key: "failed" }
}
