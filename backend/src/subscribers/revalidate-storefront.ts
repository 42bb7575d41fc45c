import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  ProductCategoryWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  ReservationItemWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/storefront-revalidate"
import { COHORT_EVENTS } from "../modules/cohort/events"
import { MAKER_NOTE_EVENTS } from "../modules/maker-note/events"
import { CONSIGNMENT_EVENTS } from "../workflows/consignment/events"
import { PRODUCTION_EVENTS } from "../workflows/production/events"

const CATALOG = ["products", "categories", "cohorts"]

/**
 * Storefront cache tags (storefront/src/lib/data/tags.ts) touched by each
 * event. Product pages show price and stock state, so every change to a
 * variant, its prices (saved through the variant), its stock or its
 * reservations refreshes them; a listing published or rejected is a product
 * status change (product.updated).
 */
const TAGS_BY_EVENT: Record<string, string[]> = {
  [ProductWorkflowEvents.CREATED]: ["products"],
  [ProductWorkflowEvents.UPDATED]: ["products"],
  [ProductWorkflowEvents.DELETED]: ["products"],
  [ProductVariantWorkflowEvents.CREATED]: ["products"],
  [ProductVariantWorkflowEvents.UPDATED]: ["products"],
  [ProductVariantWorkflowEvents.DELETED]: ["products"],
  [ProductOptionWorkflowEvents.CREATED]: ["products"],
  [ProductOptionWorkflowEvents.UPDATED]: ["products"],
  [ProductOptionWorkflowEvents.DELETED]: ["products"],
  [ProductCategoryWorkflowEvents.CREATED]: ["categories", "products"],
  [ProductCategoryWorkflowEvents.UPDATED]: ["categories", "products"],
  [ProductCategoryWorkflowEvents.DELETED]: ["categories", "products"],
  // Stock state: stocked quantities (restocks, fulfilments) and reservations (orders placed or cancelled).
  [InventoryLevelWorkflowEvents.CREATED]: ["products"],
  [InventoryLevelWorkflowEvents.UPDATED]: ["products"],
  [InventoryLevelWorkflowEvents.DELETED]: ["products"],
  [ReservationItemWorkflowEvents.CREATED]: ["products"],
  [ReservationItemWorkflowEvents.UPDATED]: ["products"],
  [ReservationItemWorkflowEvents.DELETED]: ["products"],
  // Our workflows that move stock with adjustInventoryLevelsStep, which emits nothing itself.
  [PRODUCTION_EVENTS.BATCH_RECORDED]: ["products"],
  [PRODUCTION_EVENTS.BATCHES_EXPIRED]: ["products"],
  [CONSIGNMENT_EVENTS.PLACED]: ["products"],
  [CONSIGNMENT_EVENTS.RETURNED]: ["products"],
  // English texts of products, categories and cohorts all live in the Translation module.
  [TranslationWorkflowEvents.CREATED]: CATALOG,
  [TranslationWorkflowEvents.UPDATED]: CATALOG,
  [TranslationWorkflowEvents.DELETED]: CATALOG,
  // Prices are shown for the region's currency and tax setting.
  [RegionWorkflowEvents.UPDATED]: ["regions", "products"],
  [RegionWorkflowEvents.DELETED]: ["regions", "products"],
  [COHORT_EVENTS.CREATED]: ["cohorts"],
  [COHORT_EVENTS.UPDATED]: ["cohorts", "products"],
  // A note approved (or an approval withdrawn) shows on, or leaves, its cohort's page.
  [MAKER_NOTE_EVENTS.MODERATED]: ["notes"],
}

/** Catalog changes made anywhere (Medusa Admin, the coordinator portal, orders) show in the storefront at once. */
export default async function revalidateStorefrontHandler({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await revalidateStorefront(TAGS_BY_EVENT[event.name] ?? [], logger)
}

export const config: SubscriberConfig = {
  event: Object.keys(TAGS_BY_EVENT),
}
