import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductCategoryWorkflowEvents, ProductWorkflowEvents, TranslationWorkflowEvents } from "@medusajs/framework/utils"
import { COHORT_EVENTS } from "../modules/cohort/events"
import { indexProductsForSearchWorkflow } from "../workflows/search/index-products"

const PRODUCT_EVENTS: string[] = Object.values(ProductWorkflowEvents)

/**
 * Keeps the search index in step with the catalog. A product event re-indexes
 * that product (a deleted one leaves the index); a category, cohort or
 * translation event can touch any product's text, and a translation event does
 * not say whose, so it re-indexes the catalog: rare edits, a few hundred rows.
 * Indexing replaces documents, so a redelivered event does no harm.
 */
export default async function indexSearch({ event, container }: SubscriberArgs<{ id?: string | string[] }>) {
  const ids = event.data?.id
  const product_ids = PRODUCT_EVENTS.includes(event.name) && ids ? [ids].flat() : undefined
  await indexProductsForSearchWorkflow(container).run({ input: { product_ids } })
}

export const config: SubscriberConfig = {
  event: [
    ...PRODUCT_EVENTS,
    ...Object.values(ProductCategoryWorkflowEvents),
    ...Object.values(TranslationWorkflowEvents),
    ...Object.values(COHORT_EVENTS),
  ],
}
