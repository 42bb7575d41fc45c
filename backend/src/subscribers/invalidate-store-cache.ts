import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ICachingModuleService } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductTagWorkflowEvents,
  ProductTypeWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  SalesChannelWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { COHORT_EVENTS } from "../modules/cohort/events"
import { CONSIGNMENT_EVENTS } from "../workflows/consignment/events"
import { PRODUCTION_EVENTS } from "../workflows/production/events"

/**
 * Every event after which a cached store read may be wrong. Medusa's Caching
 * Module clears an entry by the entities it holds (`Product:prod_1`,
 * `Product:list:*`, …), which misses three things we rely on:
 * - an empty answer holds no entity, so it carries no tag: a listing looked up
 *   by handle before it was published, a cohort page before the cohort was
 *   activated, stay empty for the cache's whole TTL;
 * - the translations lookup behind `?locale=` is cached without the
 *   translation's id, so an English text saved by our workflows (cohort
 *   tagline, product and food-label English) is never cleared by its tag;
 * - our modules' data (cohort profile, food label) and links
 *   (cohort↔product, product↔food label) reach a product only through a link.
 * Each of our workflows that changes such data emits one of these events (a
 * food label or product English is always saved inside a product workflow,
 * which emits product.updated; a cohort's profile and translations in the
 * cohort workflows, cohort.created/updated). Catalog edits are rare next to
 * reads, so the whole store cache is dropped rather than guessing which
 * entries an edit touches.
 *
 * Stock shown in the store is computed per request after the cached read,
 * but Medusa's cart workflows (add to cart, complete cart) cache the variants
 * they check stock on, with their inventory levels. Medusa clears those on its
 * own inventory and reservation events; our workflows that move stock with
 * adjustInventoryLevelsStep (which emits nothing) clear them by STOCK_EVENTS.
 */
export const STORE_CACHE_EVENTS: string[] = [
  ...Object.values(ProductWorkflowEvents),
  ...Object.values(ProductVariantWorkflowEvents),
  ...Object.values(ProductOptionWorkflowEvents),
  ...Object.values(ProductCategoryWorkflowEvents),
  ...Object.values(ProductCollectionWorkflowEvents),
  ...Object.values(ProductTagWorkflowEvents),
  ...Object.values(ProductTypeWorkflowEvents),
  ...Object.values(TranslationWorkflowEvents),
  ...Object.values(RegionWorkflowEvents),
  // The store product list caches which products each channel holds (api/store/products/lookup-cache.ts).
  ...Object.values(SalesChannelWorkflowEvents),
  ...Object.values(COHORT_EVENTS),
]

/**
 * Our stock moves: every cached read holding a variant or an inventory level
 * is dropped (the variant tag is certain even where a level's id was not selected).
 */
export const STOCK_EVENTS: string[] = [...Object.values(PRODUCTION_EVENTS), ...Object.values(CONSIGNMENT_EVENTS)]
const STOCK_TAGS = ["ProductVariant:list:*", "InventoryLevel:list:*", "InventoryItem:list:*"]

/** Drops cached reads after a catalog change or a stock move, on whichever process handles the event. */
export default async function invalidateStoreCache({ event, container }: SubscriberArgs<unknown>) {
  // Absent when MEDUSA_FF_CACHING=false: nothing is cached then.
  const caching = container.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) {
    return
  }
  try {
    await caching.clear({ tags: STOCK_EVENTS.includes(event.name) ? STOCK_TAGS : ["*"] })
  } catch (error) {
    // A cache that cannot be cleared must be seen: entries would outlive the change until their TTL.
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Store cache not cleared after ${event.name}: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: [...STORE_CACHE_EVENTS, ...STOCK_EVENTS],
}
