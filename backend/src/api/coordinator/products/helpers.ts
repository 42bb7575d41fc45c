import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { listingOf } from "../../../workflows/coordinator-product/listing"
import { cardOf } from "./product-input"
import { COORDINATOR_PRODUCT_FIELDS } from "./query-config"

export const PRODUCT_NOT_FOUND = "Produk tidak ditemukan"
export const EN_LOCALE = "en-US"

/**
 * The product as the portal shows it: Medusa's own shape (categories, images,
 * options, variants with prices) plus `price` per variant, the English texts
 * (`en`, `description_en`) and the listing state instead of status and metadata.
 */
export function serializeProduct(p: any, en?: Record<string, unknown>) {
  const variants = [...(p.variants ?? [])]
    .filter(Boolean)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    .map((v: any) => {
      const prices = (v.prices ?? []).filter((pr: any) => pr?.currency_code === "idr").map((pr: any) => ({ amount: pr.amount, currency_code: "idr" }))
      return {
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        weight: v.weight ?? null,
        variant_rank: v.variant_rank ?? 0,
        price: prices[0]?.amount ?? null,
        prices,
        options: (v.options ?? []).filter(Boolean).map((o: any) => ({ title: o.option?.title ?? null, value: o.value })),
        // Taken off sale but kept for its batches and orders (see plan-variant-changes).
        archived: Boolean(v.metadata?.archived_at),
      }
    })
  return {
    id: p.id,
    cohort_id: p.cohort?.id ?? null,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    handle: p.handle,
    thumbnail: p.thumbnail ?? null,
    images: [...(p.images ?? [])].filter(Boolean).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i: any) => ({
      url: i.url,
      rank: i.rank ?? 0,
      thumbnail_url: cardOf(i),
    })),
    categories: (p.categories ?? []).filter(Boolean).map((c: any) => ({ id: c.id, name: c.name })),
    options: (p.options ?? []).filter(Boolean).map((o: any) => ({ id: o.id, title: o.title, values: (o.values ?? []).map((v: any) => v.value) })),
    variants,
    food_label: p.food_label
      ? (({ id, created_at, updated_at, deleted_at, ...label }: any) => label)(p.food_label)
      : null,
    en: en ?? {},
    description_en: typeof en?.description === "string" ? en.description : null,
    listing: listingOf(p),
    created_at: p.created_at,
    updated_at: p.updated_at,
  }
}

type ProductWithLabel = {
  id: string
  food_label?: { id?: string } | null
  options?: ({ id: string; title: string; values?: ({ id: string; value: string } | null)[] | null } | null)[] | null
}

type EnglishOptions = Record<string, { title?: string; values: Record<string, string> }>

/**
 * English texts by product id, from the Translation module: the product's own,
 * its food label's under `food_label`, and its options' names and values under
 * `options`, keyed by the Indonesian title and value (as the form sends them).
 */
export async function englishFor(scope: MedusaContainer, products: ProductWithLabel[]): Promise<Map<string, Record<string, unknown>>> {
  if (!products.length) return new Map()
  const labelOf = new Map(products.flatMap((p) => (p.food_label?.id ? [[p.food_label.id, p.id] as const] : [])))
  const optionOf = new Map<string, { productId: string; title: string }>()
  const valueOf = new Map<string, { productId: string; title: string; value: string }>()
  for (const p of products) {
    for (const o of (p.options ?? []).filter((o) => !!o)) {
      optionOf.set(o.id, { productId: p.id, title: o.title })
      for (const v of (o.values ?? []).filter((v) => !!v)) valueOf.set(v.id, { productId: p.id, title: o.title, value: v.value })
    }
  }
  const rows = await scope.resolve(Modules.TRANSLATION).listTranslations({
    reference_id: [...products.map((p) => p.id), ...labelOf.keys(), ...optionOf.keys(), ...valueOf.keys()],
    locale_code: EN_LOCALE,
  })
  const out = new Map<string, Record<string, unknown>>()
  const englishOf = (productId: string) => out.get(productId) ?? out.set(productId, {}).get(productId)!
  const optionsOf = (productId: string, title: string) => {
    const en = englishOf(productId)
    const options = (en.options ??= {}) as EnglishOptions
    return (options[title] ??= { values: {} })
  }
  for (const row of rows) {
    const texts = row.translations as Record<string, unknown>
    if (row.reference === "product") Object.assign(englishOf(row.reference_id), texts)
    else if (row.reference === "food_label" && labelOf.has(row.reference_id)) englishOf(labelOf.get(row.reference_id)!).food_label = texts
    else if (row.reference === "product_option" && optionOf.has(row.reference_id) && typeof texts.title === "string") {
      const { productId, title } = optionOf.get(row.reference_id)!
      optionsOf(productId, title).title = texts.title
    } else if (row.reference === "product_option_value" && valueOf.has(row.reference_id) && typeof texts.value === "string") {
      const { productId, title, value } = valueOf.get(row.reference_id)!
      optionsOf(productId, title).values[value] = texts.value
    }
  }
  return out
}

/**
 * A product of one of these cohorts (the coordinator's), or 404 — the same
 * answer for another cohort's product as for one that doesn't exist.
 */
export async function refetchCohortProduct(scope: MedusaContainer, id: string, cohortIds: string[]) {
  const {
    data: [product],
  } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: COORDINATOR_PRODUCT_FIELDS, filters: { id } })
  const cohortId = (product?.cohort as { id: string } | null | undefined)?.id
  if (!product || !cohortId || !cohortIds.includes(cohortId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, PRODUCT_NOT_FOUND)
  }
  return product
}

/** Products in the response shape, each with its English texts (one Translation read for all). */
export async function productResponses<P extends ProductWithLabel>(scope: MedusaContainer, products: P[]) {
  const en = await englishFor(scope, products)
  return products.map((p) => serializeProduct(p, en.get(p.id)))
}
