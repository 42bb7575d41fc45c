import type { ProductVariant } from "@/lib/types/product"

/** Most units of one variant a single cart line may hold, whatever the stock. */
export const MAX_LINE_QUANTITY = 99

type StockFacts = Pick<ProductVariant, "manageInventory" | "allowBackorder" | "inventoryQuantity">

export type QuantityCheck =
  | { ok: true }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "out_of_stock" }
  | { ok: false; reason: "exceeds_stock"; available: number }
  | { ok: false; reason: "exceeds_line_cap"; max: number; available: number | null }

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
  if (wanted <= limit) return { ok: true }
  const tracked = variant.manageInventory && !variant.allowBackorder && variant.inventoryQuantity !== null
  if (tracked && limit === variant.inventoryQuantity) return { ok: false, reason: "exceeds_stock", available: limit }
  // The per-line cap, not the stock, is the limit: say both, so "only 99 left" never hides a larger stock.
  return { ok: false, reason: "exceeds_line_cap", max: limit, available: tracked ? variant.inventoryQuantity : null }
}

/**
 * A quantity typed into a form: a whole number, or NaN (which checkQuantity
 * refuses). Any length of digits is a number, so 100000 is answered with the
 * stock left rather than "at least 1"; it stays an exact integer up to 15 digits.
 */
export function parseQuantity(value: FormDataEntryValue | null): number {
  const text = String(value ?? "").trim()
  return /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN
}
