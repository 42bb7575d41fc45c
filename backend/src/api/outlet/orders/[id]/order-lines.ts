import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations } from "@medusajs/framework/utils"

export type NamedOrderLine = { product_id?: string | null; product_title?: string | null; variant_id?: string | null; variant_title?: string | null }

/**
 * Names an order's lines in `locale` from their products' and variants'
 * translations, as the portal page (and its invoice) in that language shows
 * them; a line without a translation keeps the name it was sold under. The
 * lines of a consignment sale are made server-side, with no locale of their own.
 */
export async function nameOrderLines(container: MedusaContainer, lines: NamedOrderLine[], locale: string | undefined): Promise<void> {
  if (!locale || !lines.length) return
  const names = lines.map((line) => ({
    product: line.product_id ? { id: line.product_id, title: line.product_title ?? "" } : null,
    variant: line.variant_id ? { id: line.variant_id, title: line.variant_title ?? "" } : null,
  }))
  await applyTranslations({ localeCode: locale, objects: names, container })
  lines.forEach((line, n) => {
    if (names[n].product?.title) line.product_title = names[n].product.title
    if (names[n].variant?.title) line.variant_title = names[n].variant.title
  })
}
