import type { ProductVariant } from "@/lib/types/product"

/** At or below this many units, shoppers see "Only N left". */
export const LOW_STOCK_THRESHOLD = 5

export type StockState = { kind: "in_stock" } | { kind: "low"; quantity: number } | { kind: "out_of_stock" }

/**
 * What a shopper may expect for a variant. Untracked or backorderable variants
 * are always available; an unknown quantity is shown as available rather than
 * turning shoppers away on missing data.
 */
export function stockState(variant: Pick<ProductVariant, "manageInventory" | "allowBackorder" | "inventoryQuantity">): StockState {
  if (!variant.manageInventory || variant.allowBackorder) return { kind: "in_stock" }
  const quantity = variant.inventoryQuantity
  if (quantity === null) return { kind: "in_stock" }
  if (quantity <= 0) return { kind: "out_of_stock" }
  if (quantity <= LOW_STOCK_THRESHOLD) return { kind: "low", quantity }
  return { kind: "in_stock" }
}
