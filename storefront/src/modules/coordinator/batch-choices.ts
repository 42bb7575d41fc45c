import type { CoordinatorProduct } from "@/lib/types/coordinator"

export type VariantChoice = { id: string; label: string }
export type ProductChoices = { product: string; variants: VariantChoice[] }

/**
 * The batch form's variant list, grouped by product: each variant named by the
 * product, every option value and its SKU ("Keripik Tempe Sagu · Original ·
 * 250 g · KB-KTS-250"), so two sizes of one flavour never read alike.
 * Archived products and variants take no new stock and are left out.
 */
export function batchVariantChoices(products: CoordinatorProduct[]): ProductChoices[] {
  return products
    .filter((p) => p.listing.state !== "archived")
    .map((p) => ({
      product: p.title,
      variants: p.variants
        .filter((v) => !v.archived)
        .map((v) => ({ id: v.id, label: [p.title, ...v.optionValues, ...(v.sku ? [v.sku] : [])].join(" · ") })),
    }))
    .filter((p) => p.variants.length)
}
