import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type { SearchDocumentInput, SearchModuleService } from "../../../modules/product-search/service"
import { buildDocuments, type IndexedProduct, type TranslationsByReference } from "../build-documents"

export const indexProductsStepId = "index-products-for-search"

/** Which products to index again: these ids, or every product when absent. */
export type IndexProductsInput = { product_ids?: string[] }

type Previous = { product_ids: string[]; documents: SearchDocumentInput[] }

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "sales_channels.id",
  "categories.id",
  "categories.name",
  "cohort.id",
  "cohort.name",
  "cohort.facility_name",
  "cohort.tagline",
]

/**
 * Rewrites the search documents of the given products (or all) from the
 * product module, the cohort link and the Translation module. Replacing is
 * idempotent, so a redelivered event or a second backfill changes nothing;
 * compensation puts the previous documents back.
 */
export const indexProductsStep = createStep(
  indexProductsStepId,
  async (input: IndexProductsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const { data } = await query.graph({
      entity: "product",
      fields: PRODUCT_FIELDS,
      ...(input.product_ids ? { filters: { id: input.product_ids } } : {}),
    })
    const products = data as IndexedProduct[]
    // A product id asked for but not found was deleted: its documents go.
    const productIds = input.product_ids ?? products.map((p) => p.id)
    const refs = products.flatMap((p) => [
      p.id,
      ...(p.categories ?? []).flatMap((c) => (c ? [c.id] : [])),
      ...(p.cohort ? [p.cohort.id] : []),
    ])
    const translations = new Map<string, TranslationsByReference>()
    if (refs.length) {
      const rows = await container
        .resolve(Modules.TRANSLATION)
        .listTranslations(
          { reference: ["product", "product_category", "cohort"], reference_id: [...new Set(refs)] },
          { select: ["reference_id", "locale_code", "translations"], take: null }
        )
      for (const row of rows) {
        const byRef = translations.get(row.locale_code) ?? new Map()
        byRef.set(row.reference_id, row.translations ?? {})
        translations.set(row.locale_code, byRef)
      }
    }
    const previous = await search.listSearchDocuments(
      { product_id: productIds },
      { select: ["product_id", "handle", "locale", "title", "keywords", "description", "published", "sales_channel_ids"], take: null }
    )
    const documents = products.flatMap((p) => buildDocuments(p, translations))
    await search.replaceDocuments(productIds, documents)
    return new StepResponse(
      { indexed: products.length, removed: productIds.length - products.length },
      { product_ids: productIds, documents: previous as unknown as SearchDocumentInput[] } satisfies Previous
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SearchModuleService>(SEARCH_MODULE).replaceDocuments(previous.product_ids, previous.documents)
  }
)
