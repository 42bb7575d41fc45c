import type { ProductVariant } from "@/lib/types/product"

/** Most units of one variant a single cart line may hold, whatever the stock. */
export const MAX_LINE_QUANTITY = 99

type StockFacts = Pick<ProductVariant, "manageInventory" | "allowBackorder" | "inventoryQuantity">

export type QuantityCheck =
  | { ok: true }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "out_of_stock" }
  | { ok: false; reason: "exceeds_stock"; available: number }

/**
 * How many units of a variant a cart may hold in total: its sellable stock
 * when Medusa tracks it, else the per-line cap. An unknown quantity counts as
 * untracked, like the product page's stock badge.
 */
export function lineLimit(variant: StockFacts): number {
  if (!variant.manageInventory || variant.allowBackorder || variant.inventoryQuantity === null) return MAX_LINE_QUANTITY
  return Math.max(0, Math.min(variant.inventoryQuantity, MAX_LINE_QUANTITY))
}

/**
 * Whether the cart may hold `wanted` units of the variant in total (a new
 * line, or what is already in the cart plus what is added). Checked before
 * Medusa is asked, because Medusa's own refusal names neither product nor stock.
 */
export function checkQuantity(wanted: number, variant: StockFacts): QuantityCheck {
  if (!Number.isInteger(wanted) || wanted < 1) return { ok: false, reason: "invalid" }
  const limit = lineLimit(variant)
  if (limit === 0) return { ok: false, reason: "out_of_stock" }
  if (wanted > limit) return { ok: false, reason: "exceeds_stock", available: limit }
  return { ok: true }
}

/** A quantity typed into a form: a whole number, or NaN (which checkQuantity refuses). */
export function parseQuantity(value: FormDataEntryValue | null): number {
  const text = String(value ?? "").trim()
  return /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN
}
