import type { SearchDocumentInput } from "../../modules/product-search/service"
import { BASE_LOCALE } from "../../modules/product-search/text"

type Named = { id: string; name?: string | null; description?: string | null }
export type IndexedProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  sales_channels?: ({ id: string } | null)[] | null
  categories?: (Named | null)[] | null
  cohort?: (Named & { facility_name?: string | null; tagline?: string | null }) | null
}
/** Translated fields by reference id, for one locale (product, product_category and cohort ids never collide: each has its prefix). */
export type TranslationsByReference = Map<string, Record<string, unknown>>

const str = (v: unknown): string => (typeof v === "string" ? v : "")
const join = (...parts: unknown[]) => parts.map(str).filter(Boolean).join(" ")

/**
 * A product's search documents: one in Indonesian from its own fields, and one
 * per translation locale where the product, one of its categories or its cohort
 * has English text. A field without a translation falls back to Indonesian, so
 * an English shopper typing "keripik" still finds keripik.
 */
export function buildDocuments(product: IndexedProduct, translations: Map<string, TranslationsByReference>): SearchDocumentInput[] {
  const categories = (product.categories ?? []).flatMap((c) => (c ? [c] : []))
  const cohort = product.cohort ?? null
  const common = {
    product_id: product.id,
    handle: product.handle,
    published: product.status === "published",
    sales_channel_ids: (product.sales_channels ?? []).flatMap((s) => (s ? [s.id] : [])),
  }
  const documentIn = (locale: string, t: (ref: Named | IndexedProduct, field: string) => unknown): SearchDocumentInput => ({
    ...common,
    locale,
    title: str(t(product, "title")),
    keywords: join(t(product, "subtitle"), ...categories.map((c) => t(c, "name")), cohort && t(cohort, "name"), cohort?.facility_name),
    description: join(t(product, "description"), cohort && t(cohort, "tagline")),
  })
  const documents = [documentIn(BASE_LOCALE, (ref, field) => (ref as Record<string, unknown>)[field])]
  for (const [locale, byReference] of translations) {
    const refs = [product.id, ...categories.map((c) => c.id), ...(cohort ? [cohort.id] : [])]
    if (!refs.some((id) => byReference.has(id))) continue
    documents.push(
      documentIn(locale, (ref, field) => str(byReference.get(ref.id)?.[field]) || (ref as Record<string, unknown>)[field])
    )
  }
  return documents
}
