import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/storefront-revalidate"
import { COHORT_EVENTS } from "../modules/cohort/events"

// Storefront cache tags (storefront/src/lib/data/tags.ts) touched by each event.
const TAGS_BY_EVENT: Record<string, string[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.updated": ["products"],
  "product-category.created": ["categories", "products"],
  "product-category.updated": ["categories", "products"],
  "product-category.deleted": ["categories", "products"],
  [COHORT_EVENTS.CREATED]: ["cohorts"],
  [COHORT_EVENTS.UPDATED]: ["cohorts", "products"],
}

/** Catalog changes made in Medusa Admin show in the storefront at once. */
export default async function revalidateStorefrontHandler({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await revalidateStorefront(TAGS_BY_EVENT[event.name] ?? [], logger)
}

export const config: SubscriberConfig = {
  event: Object.keys(TAGS_BY_EVENT),
}
